import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { hasDeadline } from '@/lib/enquiries/deadline';
import { ENQUIRY_STAFF, getStaffEnquiry, listEnquiryStaff } from '@/lib/enquiries/staff';
import { DeadlineNote } from '@/components/enquiries/deadline-note';
import { StaffAssignForm } from '@/components/enquiries/staff-assign-form';
import { StaffEntryForm } from '@/components/enquiries/staff-entry-form';
import { StaffCloseButton } from '@/components/enquiries/staff-close-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffEnquiries'))('itemTitle') };
}

export default async function StaffEnquiryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireRole(ENQUIRY_STAFF, `/staff/enquiries/${id}`);
  const db = await getDb();
  const e = await getStaffEnquiry(db, id);
  if (!e) notFound();
  const staff = await listEnquiryStaff(db);
  const t = await getTranslations('staffEnquiries');
  const te = await getTranslations('enquiries');
  const tl = await getTranslations('localeSwitcher');
  const format = await getFormatter();
  const kindLabel = { sender: t('fromSender'), reply: t('replyBy'), note: t('noteBy') } as const;
  return (
    <>
      <p>
        <Link href="/staff/enquiries">{t('title')}</Link>
      </p>
      <h1>{t('itemHeading', { number: e.number ?? '' })}</h1>
      <dl className="facts">
        <dt>{t('status')}</dt>
        <dd>
          <strong>{te(`statuses.${e.status}`)}</strong>
        </dd>
        <dt>{t('kind')}</dt>
        <dd>{te(`kinds.${e.kind}`)}</dd>
        <dt>{t('topic')}</dt>
        <dd>{te(`topics.${e.topic}` as never)}</dd>
        <dt>{t('caseRef')}</dt>
        <dd>{e.caseRef ? `${e.caseRef} (${e.refVerified ? t('refVerified') : t('refUnverified')})` : '–'}</dd>
        <dt>{t('sender')}</dt>
        <dd>
          {e.email} ({e.userId ? t('withAccount') : t('withoutAccount')})
        </dd>
        <dt>{t('language')}</dt>
        <dd>{tl(`names.${e.locale}`)}</dd>
        <dt>{t('received')}</dt>
        <dd>{e.receivedAt ? format.dateTime(e.receivedAt, { dateStyle: 'long', timeStyle: 'short' }) : '–'}</dd>
        {hasDeadline(e.kind) && e.deadline ? (
          <>
            <dt>{t('deadline')}</dt>
            <dd>
              {format.dateTime(new Date(`${e.deadline}T12:00:00Z`), { dateStyle: 'long' })} {e.overdue ? <strong>{t('overdue')}</strong> : null}
            </dd>
          </>
        ) : null}
        <dt>{t('assignee')}</dt>
        <dd>{e.assigneeEmail ?? t('unassigned')}</dd>
      </dl>
      {hasDeadline(e.kind) ? <DeadlineNote /> : null}

      <section aria-labelledby="entries-title">
        <h2 id="entries-title">{t('entries')}</h2>
        <p>{t('notesPrivate')}</p>
        <ol className="messages">
          {e.entries.map((x) => (
            <li key={x.id} className="card">
              <p>
                <strong>{kindLabel[x.kind]}</strong> {x.author && x.kind !== 'sender' ? `${x.author} ` : ''}
                <small>{format.dateTime(x.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</small>
              </p>
              {/* Plain text: whatever the sender typed (HTML, script, Markdown) is shown as characters. */}
              <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{x.body}</p>
            </li>
          ))}
        </ol>
      </section>

      {e.status !== 'closed' ? (
        <section aria-labelledby="reply-title">
          <h2 id="reply-title">{t('reply')}</h2>
          <StaffEntryForm enquiryId={e.id} mode="reply" />
        </section>
      ) : null}
      <section aria-labelledby="note-title">
        <h2 id="note-title">{t('note')}</h2>
        <StaffEntryForm enquiryId={e.id} mode="note" />
      </section>
      <section aria-labelledby="assign-title">
        <h2 id="assign-title">{t('assignTitle')}</h2>
        <StaffAssignForm enquiryId={e.id} current={e.assignedTo} me={actor.id} staff={staff} />
      </section>
      {e.status !== 'closed' ? (
        <section aria-labelledby="close-title">
          <h2 id="close-title">{t('close')}</h2>
          <StaffCloseButton enquiryId={e.id} />
        </section>
      ) : null}
    </>
  );
}

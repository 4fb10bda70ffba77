import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { getStaffCaseView, listAssignableStaff } from '@/lib/cases/handling';
import { TRANSITIONS } from '@/lib/cases/stages';
import { timeLimitStatus } from '@/lib/cases/time-limit';
import { warsawDate } from '@/lib/calendar/dates';
import { StageChangeForm } from '@/components/staff/cases/stage-change-form';
import { MissingDocumentForm } from '@/components/staff/cases/missing-document-form';
import { MissingDocumentItem } from '@/components/staff/cases/missing-document-item';
import { MessageForm } from '@/components/staff/cases/message-form';
import { AssignForm } from '@/components/staff/cases/assign-form';
import { ReissuePassword } from '@/components/staff/cases/reissue-password';
import { letterWindowFor } from '@/lib/cases/letter-window';
import { auditStaffRead } from '@/lib/audit/staff-reads';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cases.staff'))('caseTitle') };
}

export default async function StaffCasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(STAFF_ROLES, '/staff/cases');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const db = await getDb();
  const view = await getStaffCaseView(db, id);
  if (!view) notFound();
  // Every render is an opening (also a refresh after the clerk's own change): reading personal data is what the log records.
  await auditStaffRead(db, actor, { action: 'case.open', entityType: 'case', entityId: id });
  const clerk = actor.role === 'clerk' || actor.role === 'admin';
  const staff = clerk ? await listAssignableStaff(db) : [];
  const t = await getTranslations('cases.staff');
  const ts = await getTranslations('stages');
  const tf = await getTranslations('forms');
  const format = await getFormatter();
  const c = view.case;
  const limit = timeLimitStatus(c.formNumber, view.timeline.map((e) => ({ stage: e.stage, date: warsawDate(e.at) })), warsawDate(new Date()));
  const open = view.missing.filter((d) => !d.resolvedAt);
  const letterWindow = await letterWindowFor(c.id, actor.id);
  return (
    <>
      <p>
        <Link href="/staff/cases">{t('listTitle')}</Link>
      </p>
      <h1>{t('caseHeading', { number: c.number })}</h1>
      <dl className="facts">
        <dt>{t('applicantName')}</dt>
        <dd>{c.applicantName}</dd>
        <dt>{t('formType')}</dt>
        <dd>{tf('number', { number: c.formNumber })}</dd>
        <dt>{t('stage')}</dt>
        <dd>{ts(`list.${c.stage}.name`)}</dd>
        <dt>{t('registered')}</dt>
        <dd>{format.dateTime(c.registeredAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
        <dt>{t('deadline')}</dt>
        <dd>
          {format.dateTime(new Date(`${limit.deadline}T12:00:00Z`), { dateStyle: 'long' })} {limit.overdue ? <strong>{t('overdue')}</strong> : null}
        </dd>
        <dt>{t('contact')}</dt>
        <dd>
          {[c.contactEmail, c.contactPhone].filter(Boolean).join(', ') || '–'} ({c.notifyConsent ? t('consentYes') : t('consentNo')})
        </dd>
      </dl>

      {clerk ? (
        <>
          <section aria-labelledby="stage-title">
            <h2 id="stage-title">{t('changeStage')}</h2>
            <StageChangeForm caseId={c.id} current={c.stage} allowed={TRANSITIONS[c.stage]} />
          </section>
          <section aria-labelledby="docs-title">
            <h2 id="docs-title">{t('missingDocuments')}</h2>
            {open.length ? (
              <ul className="card-grid">
                {open.map((d) => (
                  <MissingDocumentItem key={d.id} caseId={c.id} doc={{ id: d.id, kind: d.kind, title: d.title, remark: d.remark }} />
                ))}
              </ul>
            ) : (
              <p>{t('noMissing')}</p>
            )}
            <h3>{t('addDocument')}</h3>
            <MissingDocumentForm caseId={c.id} />
          </section>
          <section aria-labelledby="message-title">
            <h2 id="message-title">{t('messages')}</h2>
            <MessageForm caseId={c.id} />
            <ol className="messages">
              {view.messages.map((m) => (
                <li key={m.id} className="card">
                  <p>
                    <small>
                      {format.dateTime(m.createdAt, { dateStyle: 'short', timeStyle: 'short' })} – {m.readAt ? t('read') : t('unread')}
                    </small>
                  </p>
                  <p style={{ whiteSpace: 'pre-line' }}>{m.body}</p>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="assign-title">
            <h2 id="assign-title">{t('assignee')}</h2>
            <AssignForm caseId={c.id} current={c.assignedTo} staff={staff} />
          </section>
        </>
      ) : null}

      {letterWindow ? (
        <section aria-labelledby="reprint-title">
          <h2 id="reprint-title">{t('reprintTitle')}</h2>
          <p>{t('reprintIntro', { time: format.dateTime(letterWindow.until, { timeStyle: 'short' }) })}</p>
          <form method="post" action={`/api/staff/cases/${c.id}/letter`} target="_blank">
            <input type="hidden" name="reprint" value="1" />
            <button type="submit" className="button">
              {t('reprint')}
            </button>
          </form>
        </section>
      ) : null}

      {actor.role === 'reception' || actor.role === 'admin' ? (
        <section aria-labelledby="password-title">
          <h2 id="password-title">{t('reissue')}</h2>
          <ReissuePassword caseId={c.id} />
        </section>
      ) : null}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('history')}</h2>
        <TableWrap labelledBy="history-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('stage')}</th>
                <th scope="col">{t('note')}</th>
                <th scope="col">{t('who')}</th>
              </tr>
            </thead>
            <tbody>
              {view.timeline.map((e, i) => (
                <tr key={i}>
                  <td>{format.dateTime(e.at, { dateStyle: 'short', timeStyle: 'short' })}</td>
                  <td>{ts(`list.${e.stage}.name`)}</td>
                  <td>
                    {e.dueDate ? <p>{t('dueDate')}: {format.dateTime(new Date(`${e.dueDate}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}</p> : null}
                    {e.note}
                  </td>
                  <td>{e.actor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </>
  );
}

import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { Pager } from '@/components/ui/pager';
import { locales, type Locale } from '@/i18n/routing';
import { requireRole } from '@/lib/auth/session';
import { warsawDate } from '@/lib/calendar/dates';
import { ENQUIRY_STAFF, INBOX_PAGE_SIZE, listEnquiries, listEnquiryStaff, type InboxFilter } from '@/lib/enquiries/staff';
import { ENQUIRY_KINDS, ENQUIRY_STATUSES, ENQUIRY_TOPICS } from '@/lib/enquiries/topics';
import { DeadlineNote } from '@/components/enquiries/deadline-note';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffEnquiries'))('title') };
}

type Search = { kind?: string; topic?: string; status?: string; locale?: string; assigned?: string; overdue?: string; page?: string };

const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | undefined => (list as readonly string[]).includes(v ?? '') ? (v as T) : undefined;

/** The inbox of enquiries, complaints and motions, with filters, paging and the register export. */
export default async function StaffEnquiriesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole(ENQUIRY_STAFF, '/staff/enquiries');
  const sp = await searchParams;
  const filter: InboxFilter = {
    kind: oneOf(ENQUIRY_KINDS, sp.kind),
    topic: oneOf(ENQUIRY_TOPICS, sp.topic),
    status: oneOf(ENQUIRY_STATUSES, sp.status),
    locale: oneOf(locales, sp.locale),
    assignedTo: sp.assigned === 'none' ? 'none' : sp.assigned === 'me' ? actor.id : sp.assigned && /^[0-9a-f-]{36}$/.test(sp.assigned) ? sp.assigned : undefined,
    overdue: sp.overdue === '1',
  };
  const page = Math.max(1, Math.floor(Number(sp.page)) || 1);
  const db = await getDb();
  const [{ rows, total }, staff] = await Promise.all([listEnquiries(db, filter, page), listEnquiryStaff(db)]);
  const t = await getTranslations('staffEnquiries');
  const te = await getTranslations('enquiries');
  const tl = await getTranslations('localeSwitcher');
  const format = await getFormatter();
  const uiLocale = (await getLocale()) as Locale;
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const query = (p: number) => ({ ...Object.fromEntries(Object.entries(sp).filter(([k, v]) => v && k !== 'page')), page: String(p) });
  const today = warsawDate(new Date());
  const select = (id: string, name: keyof Search, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} className="input" defaultValue={sp[name] ?? ''}>
        <option value="">{t('any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <h1>{t('title')}</h1>
      <DeadlineNote />
      <form method="get" className="filters" aria-label={t('filters')}>
        {select('f-kind', 'kind', t('kind'), ENQUIRY_KINDS.map((k) => ({ value: k, label: te(`kinds.${k}`) })))}
        {select('f-topic', 'topic', t('topic'), ENQUIRY_TOPICS.map((k) => ({ value: k, label: te(`topics.${k}` as never) })))}
        {select('f-status', 'status', t('status'), ENQUIRY_STATUSES.map((k) => ({ value: k, label: te(`statuses.${k}`) })))}
        {select('f-locale', 'locale', t('language'), locales.map((l) => ({ value: l, label: tl(`names.${l}`) })))}
        {select('f-assigned', 'assigned', t('assignee'), [
          { value: 'me', label: t('me') },
          { value: 'none', label: t('unassigned') },
          ...staff.map((s) => ({ value: s.id, label: s.displayName ?? s.email })),
        ])}
        <div className="choice">
          <input type="checkbox" id="f-overdue" name="overdue" value="1" defaultChecked={filter.overdue} />
          <label htmlFor="f-overdue">{t('onlyOverdue')}</label>
        </div>
        <button type="submit" className="button">
          {t('filter')}
        </button>
      </form>
      <p role="status">{t('found', { count: total })}</p>
      <TableWrap label={t('title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('number')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('topic')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('received')}</th>
              <th scope="col">{t('deadline')}</th>
              <th scope="col">{t('assignee')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/staff/enquiries/${r.id}`}>{r.number}</Link>
                </td>
                <td>{te(`kinds.${r.kind}`)}</td>
                <td>{te(`topics.${r.topic}` as never)}</td>
                <td>{te(`statuses.${r.status}`)}</td>
                <td>{tl(`names.${r.locale}`)}</td>
                <td>{r.receivedAt ? format.dateTime(r.receivedAt, { dateStyle: 'short', timeStyle: 'short' }) : null}</td>
                <td>
                  {r.deadline ? format.dateTime(new Date(`${r.deadline}T12:00:00Z`), { dateStyle: 'short' }) : '–'} {r.overdue ? <strong>{t('overdue')}</strong> : null}
                </td>
                <td>{r.assignee ?? t('unassigned')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Pager pathname="/staff/enquiries" page={page} pages={pages} query={query} labels={{ nav: t('paging'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, pages }) }} />
      <section aria-labelledby="register-title">
        <h2 id="register-title">{t('registerTitle')}</h2>
        <p>{t('registerIntro')}</p>
        {/* A plain GET form: the file downloads without any script. */}
        <form method="get" action="/api/staff/enquiries/register" className="filters">
          <input type="hidden" name="locale" value={uiLocale} />
          <div className="field">
            <label htmlFor="r-from">{t('from')}</label>
            <input id="r-from" name="from" type="date" className="input" required defaultValue={`${today.slice(0, 4)}-01-01`} />
          </div>
          <div className="field">
            <label htmlFor="r-to">{t('to')}</label>
            <input id="r-to" name="to" type="date" className="input" required defaultValue={today} />
          </div>
          <button type="submit" className="button button-secondary">
            {t('download')}
          </button>
        </form>
      </section>
    </>
  );
}

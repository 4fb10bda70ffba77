import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { Pager } from '@/components/ui/pager';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { listCases, PAGE_SIZE, type CaseFilter } from '@/lib/cases/list';
import { listAssignableStaff } from '@/lib/cases/handling';
import { isStage, STAGES } from '@/lib/cases/stages';
import { FORMS } from '@/lib/forms/catalogue';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cases.staff'))('listTitle') };
}

type Search = { q?: string; stage?: string; form?: string; assigned?: string; overdue?: string; page?: string };

export default async function CasesListPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole(STAFF_ROLES, '/staff/cases');
  const sp = await searchParams;
  const filter: CaseFilter = {
    stage: sp.stage && isStage(sp.stage) ? sp.stage : undefined,
    formNumber: sp.form && /^\d{1,2}$/.test(sp.form) ? Number(sp.form) : undefined,
    assignedTo: sp.assigned === 'none' ? 'none' : sp.assigned && /^[0-9a-f-]{36}$/.test(sp.assigned) ? sp.assigned : undefined,
    overdue: sp.overdue === '1',
    q: sp.q?.slice(0, 100) || undefined,
  };
  const page = Math.max(1, Number(sp.page) || 1);
  const db = await getDb();
  const [{ rows, total }, staff] = await Promise.all([listCases(db, filter, page), listAssignableStaff(db)]);
  const t = await getTranslations('cases.staff');
  const ts = await getTranslations('stages');
  const tf = await getTranslations('forms');
  const format = await getFormatter();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const query = (p: number) => ({ ...Object.fromEntries(Object.entries(sp).filter(([, v]) => v)), page: String(p) });
  return (
    <>
      <h1>{t('listTitle')}</h1>
      {actor.role !== 'reception' ? (
        <p>
          <Link href="/staff/cases/new" className="button">
            {t('newCase')}
          </Link>
        </p>
      ) : null}
      <form method="get" className="filters" aria-label={t('filters')}>
        <div className="field">
          <label htmlFor="f-q">{t('search')}</label>
          <p className="hint" id="f-q-hint">{t('searchHint')}</p>
          <input id="f-q" name="q" type="search" className="input" defaultValue={filter.q ?? ''} maxLength={100} aria-describedby="f-q-hint" />
        </div>
        <div className="field">
          <label htmlFor="f-stage">{t('stage')}</label>
          <select id="f-stage" name="stage" className="input" defaultValue={filter.stage ?? ''}>
            <option value="">{t('any')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {ts(`list.${s}.name`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-form">{t('formType')}</label>
          <select id="f-form" name="form" className="input" defaultValue={filter.formNumber ? String(filter.formNumber) : ''}>
            <option value="">{t('any')}</option>
            {FORMS.map((f) => (
              <option key={f.number} value={f.number}>
                {tf('number', { number: f.number })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-assigned">{t('assignee')}</label>
          <select id="f-assigned" name="assigned" className="input" defaultValue={sp.assigned ?? ''}>
            <option value="">{t('any')}</option>
            <option value="none">{t('unassigned')}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.displayName ?? s.email}
              </option>
            ))}
          </select>
        </div>
        <div className="choice">
          <input type="checkbox" id="f-overdue" name="overdue" value="1" defaultChecked={filter.overdue} />
          <label htmlFor="f-overdue">{t('onlyOverdue')}</label>
        </div>
        <button type="submit" className="button">
          {t('filter')}
        </button>
      </form>
      <p role="status">{t('found', { count: total })}</p>
      <TableWrap label={t('listTitle')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('number')}</th>
              <th scope="col">{t('applicantName')}</th>
              <th scope="col">{t('formType')}</th>
              <th scope="col">{t('stage')}</th>
              <th scope="col">{t('registered')}</th>
              <th scope="col">{t('deadline')}</th>
              <th scope="col">{t('assignee')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/staff/cases/${r.id}`}>{r.number}</Link>
                </td>
                <td>{r.applicantName}</td>
                <td>{r.formNumber}</td>
                <td>{ts(`list.${r.stage}.name`)}</td>
                <td>{format.dateTime(r.registeredAt, { dateStyle: 'short' })}</td>
                <td>
                  {format.dateTime(new Date(`${r.limit.deadline}T12:00:00Z`), { dateStyle: 'short' })} {r.limit.overdue ? <strong>{t('overdue')}</strong> : null}
                </td>
                <td>{r.assignee ?? t('unassigned')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Pager pathname="/staff/cases" page={page} pages={pages} query={query} labels={{ nav: t('paging'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, pages }) }} />
    </>
  );
}

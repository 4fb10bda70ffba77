import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { listAudit } from '@/lib/audit/audit';
import { warsawLocalToDate } from '@/lib/time';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.audit'))('title') };
}

type Search = { action?: string; actor?: string; entity?: string; from?: string; to?: string; page?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole(['admin'], '/staff/audit');
  const sp = await searchParams;
  const page = Math.max(1, Number(sp.page) || 1);
  const rows = await listAudit(
    await getDb(),
    {
      action: sp.action?.slice(0, 100) || undefined,
      actorEmail: sp.actor?.slice(0, 254) || undefined,
      entityId: sp.entity?.slice(0, 100) || undefined,
      from: sp.from ? (warsawLocalToDate(`${sp.from}T00:00`) ?? undefined) : undefined,
      to: sp.to ? (warsawLocalToDate(`${sp.to}T23:59`) ?? undefined) : undefined,
    },
    page,
  );
  const t = await getTranslations('staff.audit');
  const format = await getFormatter();
  const text = (v: unknown) => (v == null ? '' : JSON.stringify(v));
  return (
    <>
      <h1>{t('title')}</h1>
      <form method="get" className="filters" aria-label={t('filters')}>
        <div className="field">
          <label htmlFor="a-action">{t('action')}</label>
          <input id="a-action" name="action" className="input" defaultValue={sp.action} />
        </div>
        <div className="field">
          <label htmlFor="a-actor">{t('actor')}</label>
          <input id="a-actor" name="actor" type="email" className="input" defaultValue={sp.actor} />
        </div>
        <div className="field">
          <label htmlFor="a-entity">{t('entity')}</label>
          <input id="a-entity" name="entity" className="input" defaultValue={sp.entity} />
        </div>
        <div className="field">
          <label htmlFor="a-from">{t('from')}</label>
          <input id="a-from" name="from" type="date" className="input" defaultValue={sp.from} />
        </div>
        <div className="field">
          <label htmlFor="a-to">{t('to')}</label>
          <input id="a-to" name="to" type="date" className="input" defaultValue={sp.to} />
        </div>
        <button type="submit" className="button">
          {t('filter')}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <TableWrap label={t('title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('at')}</th>
                <th scope="col">{t('actor')}</th>
                <th scope="col">{t('action')}</th>
                <th scope="col">{t('entity')}</th>
                <th scope="col">{t('before')}</th>
                <th scope="col">{t('after')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{format.dateTime(r.at, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                  <td>{r.actorEmail ?? '–'}</td>
                  <td>{r.action}</td>
                  <td>
                    {r.entityType} {r.entityId}
                  </td>
                  <td>
                    <code>{text(r.before)}</code>
                  </td>
                  <td>
                    <code>{text(r.after)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <nav aria-label={t('paging')}>
        <ul className="actions" style={{ listStyle: 'none', padding: 0 }}>
          {page > 1 ? (
            <li>
              <Link href={{ pathname: '/staff/audit', query: { ...sp, page: String(page - 1) } }}>{t('previous')}</Link>
            </li>
          ) : null}
          {rows.length === 50 ? (
            <li>
              <Link href={{ pathname: '/staff/audit', query: { ...sp, page: String(page + 1) } }}>{t('next')}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}

import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/session';
import { listAudit } from '@/lib/audit/audit';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.audit'))('title') };
}

export default async function AuditPage() {
  await requireRole(['admin'], '/staff/audit');
  const t = await getTranslations('staff.audit');
  const format = await getFormatter();
  const rows = await listAudit(await getDb(), {});
  return (
    <>
      <h1>{t('title')}</h1>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('at')}</th>
                <th scope="col">{t('actor')}</th>
                <th scope="col">{t('action')}</th>
                <th scope="col">{t('entity')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{format.dateTime(r.at, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                  <td>{r.actorId ?? '–'}</td>
                  <td>{r.action}</td>
                  <td>
                    {r.entityType} {r.entityId}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

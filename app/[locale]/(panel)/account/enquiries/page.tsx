import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES, STAFF_ROLES } from '@/lib/auth/actor';
import { listOwnEnquiries } from '@/lib/enquiries/sender';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('enquiries.account'))('title') };
}

/** The signed-in sender's own messages to the office. */
export default async function MyEnquiriesPage() {
  const actor = await requireRole([...PANEL_ROLES, ...STAFF_ROLES], '/account/enquiries');
  const t = await getTranslations('enquiries');
  const format = await getFormatter();
  const rows = await listOwnEnquiries(await getDb(), actor.id);
  return (
    <>
      <h1>{t('account.title')}</h1>
      <p>
        <Link href="/enquiries" className="button">
          {t('account.new')}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p>{t('account.none')}</p>
      ) : (
        <TableWrap label={t('account.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('account.number')}</th>
                <th scope="col">{t('view.kind')}</th>
                <th scope="col">{t('view.topic')}</th>
                <th scope="col">{t('view.status')}</th>
                <th scope="col">{t('account.sent')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/account/enquiries/${r.id}`}>{r.number ?? t('account.unnumbered')}</Link>
                  </td>
                  <td>{t(`kinds.${r.kind}`)}</td>
                  <td>{t(`topics.${r.topic}` as never)}</td>
                  <td>{t(`statuses.${r.status}`)}</td>
                  <td>{format.dateTime(r.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}

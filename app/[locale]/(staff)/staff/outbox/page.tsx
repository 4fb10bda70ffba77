import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { listOutbox } from '@/lib/notifications/outbox-files';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.outbox'))('title') };
}

export default async function OutboxPage() {
  await requireRole(['admin'], '/staff/outbox');
  const t = await getTranslations('staff.outbox');
  const format = await getFormatter();
  const messages = await listOutbox();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {messages.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <TableWrap label={t('title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('to')}</th>
                <th scope="col">{t('subject')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td>{m.date ? format.dateTime(m.date, { dateStyle: 'short', timeStyle: 'medium' }) : ''}</td>
                  <td>{m.to}</td>
                  <td>
                    <Link href={`/staff/outbox/${encodeURIComponent(m.id)}`}>{m.subject}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}

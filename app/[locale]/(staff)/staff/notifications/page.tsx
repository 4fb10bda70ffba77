import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/session';
import { listOutboxNotices } from '@/lib/notifications/outbox';
import { ResendNoticeButton } from '@/components/staff/resend-notice-button';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cases.notifications'))('title') };
}

const STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requireRole(['clerk', 'admin'], '/staff/notifications');
  const { status } = await searchParams;
  const selected = STATUSES.find((s) => s === status);
  const rows = await listOutboxNotices(await getDb(), selected);
  const t = await getTranslations('cases.notifications');
  const format = await getFormatter();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form method="get" className="filters">
        <div className="field">
          <label htmlFor="n-status">{t('status')}</label>
          <select id="n-status" name="status" className="input" defaultValue={selected ?? ''}>
            <option value="">{t('all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('show')}
        </button>
      </form>
      <TableWrap label={t('title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('created')}</th>
              <th scope="col">{t('channel')}</th>
              <th scope="col">{t('recipient')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('attempts')}</th>
              <th scope="col">{t('lastError')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{format.dateTime(r.createdAt, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                <td>{t(`channels.${r.channel}`)}</td>
                <td>{r.recipient}</td>
                <td>{t(`kinds.${r.kind}`)}</td>
                <td>{t(`statuses.${r.status}`)}</td>
                <td>{r.attempts}</td>
                <td>{r.lastError}</td>
                <td>{r.status === 'failed' || r.status === 'pending' ? <ResendNoticeButton id={r.id} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/session';
import { listAnnouncements } from '@/lib/content/announcements';
import { AnnouncementForm } from '@/components/content/announcement-form';
import { EndAnnouncementButton } from '@/components/content/end-announcement-button';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.announcements'))('title') };
}

export default async function AnnouncementsPage() {
  await requireRole(['admin'], '/staff/announcements');
  const t = await getTranslations('staff.announcements');
  const format = await getFormatter();
  const rows = await listAnnouncements(await getDb());
  return (
    <>
      <h1>{t('title')}</h1>
      {rows.length ? (
        <TableWrap label={t('title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('titleField')}</th>
                <th scope="col">{t('validFrom')}</th>
                <th scope="col">{t('validTo')}</th>
                <th scope="col">{t('state')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const state = a.state;
                return (
                  <tr key={a.id}>
                    <td lang="pl">{a.texts.pl.title}</td>
                    <td>{format.dateTime(a.validFrom, { dateStyle: 'short', timeStyle: 'short' })}</td>
                    <td>{format.dateTime(a.validTo, { dateStyle: 'short', timeStyle: 'short' })}</td>
                    <td>
                      {t(`states.${state}`)} {state !== 'ended' ? <EndAnnouncementButton id={a.id} title={a.texts.pl.title} /> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t('none')}</p>
      )}
      <h2>{t('create')}</h2>
      <AnnouncementForm />
    </>
  );
}

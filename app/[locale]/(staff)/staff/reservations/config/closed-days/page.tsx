import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { warsawDate } from '@/lib/calendar/dates';
import { getReservationConfig, listClosedDays } from '@/lib/reservations/admin/config';
import { removeClosedDayAction } from '@/lib/reservations/admin/actions';
import { ClosedDayForm, HolidaysForm } from '@/components/staff/reservations/closed-day-form';
import { RemoveButton } from '@/components/staff/reservations/remove-button';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservationsAdmin.closedDays'))('title') };
}

export default async function ClosedDaysPage() {
  await requireRole(['admin'], '/staff/reservations/config/closed-days');
  const t = await getTranslations('reservationsAdmin.closedDays');
  const format = await getFormatter();
  const db = await getDb();
  const today = warsawDate(new Date());
  const [config, days] = await Promise.all([getReservationConfig(db), listClosedDays(db, today)]);
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'full' });
  return (
    <>
      <p>
        <Link href="/staff/reservations/config">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <h2>{t('listHeading')}</h2>
      {days.length ? (
        <TableWrap label={t('listHeading')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('location')}</th>
                <th scope="col">{t('reason')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.id}>
                  <td>{day(d.date)}</td>
                  <td>{d.locationName ?? t('allLocations')}</td>
                  <td>{d.reason}</td>
                  <td>
                    <RemoveButton id={d.id} label={t('remove', { date: day(d.date), location: d.locationName ?? t('allLocations') })} action={removeClosedDayAction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t('none')}</p>
      )}
      <h2>{t('addHeading')}</h2>
      <p>{t('addIntro')}</p>
      <ClosedDayForm locations={config.locations} />
      <h2>{t('holidaysHeading')}</h2>
      <HolidaysForm year={Number(today.slice(0, 4)) + 1} />
    </>
  );
}

import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { warsawDate } from '@/lib/calendar/dates';
import { getReservationConfig } from '@/lib/reservations/admin/config';
import { deleteScheduleAction } from '@/lib/reservations/admin/actions';
import { localText } from '@/lib/i18n/local-name';
import { isSingleDate } from '@/lib/reservations/slots';
import { ScheduleForm } from '@/components/staff/reservations/schedule-form';
import { RemoveButton } from '@/components/staff/reservations/remove-button';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservationsAdmin.schedules'))('title') };
}

export default async function SchedulesConfigPage({ searchParams }: { searchParams: Promise<{ location?: string }> }) {
  await requireRole(['admin'], '/staff/reservations/config/schedules');
  const sp = await searchParams;
  const t = await getTranslations('reservationsAdmin.schedules');
  const tw = await getTranslations('reservationsAdmin.weekdays');
  const locale = await getLocale();
  const config = await getReservationConfig(await getDb());
  const location = config.locations.find((l) => String(l.id) === sp.location) ?? config.locations[0];
  const services = config.services.map((s) => ({ id: s.id, name: localText(s.names, locale) }));
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const schedules = config.schedules.filter((s) => s.locationId === location?.id);
  return (
    <>
      <p>
        <Link href="/staff/reservations/config">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form method="get" className="filters" aria-label={t('filters')}>
        <div className="field">
          <label htmlFor="schedules-location">{t('location')}</label>
          <select id="schedules-location" name="location" className="input" defaultValue={location ? String(location.id) : ''}>
            {config.locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('show')}
        </button>
      </form>
      <h2>{t('listHeading', { location: location?.name ?? '' })}</h2>
      {schedules.length ? (
        <TableWrap label={t('listHeading', { location: location?.name ?? '' })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('service')}</th>
                <th scope="col">{t('days')}</th>
                <th scope="col">{t('hours')}</th>
                <th scope="col">{t('slotMinutes')}</th>
                <th scope="col">{t('capacity')}</th>
                <th scope="col">{t('period')}</th>
                <th scope="col">{t('release')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {schedules.map((s) => {
                const single = isSingleDate(s);
                const label = `${serviceName.get(s.serviceId) ?? ''}, ${single ? s.validFrom : s.weekdays.map((d) => tw(String(d) as never)).join(', ')}, ${s.opensAt}–${s.closesAt}`;
                return (
                  <tr key={s.id}>
                    <td>{serviceName.get(s.serviceId)}</td>
                    <td>{single ? t('onDate', { date: s.validFrom }) : s.weekdays.map((d) => tw(String(d) as never)).join(', ')}</td>
                    <td>
                      {s.opensAt}–{s.closesAt}
                    </td>
                    <td>{s.slotMinutes}</td>
                    <td>{s.capacity}</td>
                    <td>{single ? '' : s.validTo ? `${s.validFrom} – ${s.validTo}` : t('from', { date: s.validFrom })}</td>
                    <td>{t('releaseRule', { days: s.releaseDaysBefore, time: s.releaseAt })}</td>
                    <td>
                      <Link href={`/staff/reservations/config/schedules/${s.id}`}>{t('edit', { schedule: label })}</Link>
                      <RemoveButton id={s.id} label={t('remove', { schedule: label })} action={deleteScheduleAction} />
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
      <ScheduleForm locations={config.locations} services={services} defaults={{ locationId: location?.id, today: warsawDate(new Date()) }} />
    </>
  );
}

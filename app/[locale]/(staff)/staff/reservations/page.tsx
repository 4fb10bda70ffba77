import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { warsawDate } from '@/lib/calendar/dates';
import { getReservationConfig } from '@/lib/reservations/admin/config';
import { localText } from '@/lib/i18n/local-name';
import { getDayReservations } from '@/lib/reservations/day';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffReservations.day'))('title') };
}

const isDate = (v: string | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

export default async function StaffDayPage({ searchParams }: { searchParams: Promise<{ location?: string; date?: string }> }) {
  const actor = await requireRole(STAFF_ROLES, '/staff/reservations');
  const sp = await searchParams;
  const t = await getTranslations('staffReservations.day');
  const format = await getFormatter();
  const locale = await getLocale();
  const db = await getDb();
  const { locations } = await getReservationConfig(db);
  const location = locations.find((l) => String(l.id) === sp.location) ?? locations[0];
  const date = isDate(sp.date) ? sp.date : warsawDate(new Date());
  const services = location ? await getDayReservations(db, location.id, date) : [];
  const dayLabel = format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: 'full' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="actions">
        <Link href={{ pathname: '/staff/reservations/book', query: location ? { location: location.id, date } : {} }}>{t('bookLink')}</Link>
        {actor.role === 'admin' ? <Link href="/staff/reservations/config">{t('configLink')}</Link> : null}
      </p>
      <form method="get" className="filters" aria-label={t('filters')}>
        <div className="field">
          <label htmlFor="day-location">{t('location')}</label>
          <select id="day-location" name="location" className="input" defaultValue={location ? String(location.id) : ''}>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="day-date">{t('date')}</label>
          <input id="day-date" name="date" type="date" className="input" defaultValue={date} />
        </div>
        <button type="submit" className="button">
          {t('show')}
        </button>
      </form>
      <h2>{t('heading', { location: location?.name ?? '', date: dayLabel })}</h2>
      {services.length === 0 ? <p>{t('noServices')}</p> : null}
      {services.map((s) => {
        const name = localText(s.names, locale);
        return (
          <section key={s.id} aria-labelledby={`day-service-${s.id}`}>
            <h3 id={`day-service-${s.id}`}>
              {name} <span className="hint">({t('count', { count: s.reservations.length })})</span>
            </h3>
            {s.reservations.length ? (
              <TableWrap label={t('caption', { service: name })}>
                <table>
                  <caption className="visually-hidden">{t('caption', { service: name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('time')}</th>
                      <th scope="col">{t('code')}</th>
                      <th scope="col">{t('visitor')}</th>
                      <th scope="col">{t('passport')}</th>
                      <th scope="col">{t('minors')}</th>
                      <th scope="col">{t('status')}</th>
                      <th scope="col">{t('bookedBy')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.reservations.map((r) => (
                      <tr key={r.id}>
                        <td>{format.dateTime(r.startsAt, { hour: '2-digit', minute: '2-digit' })}</td>
                        <td>
                          <code>{r.code}</code>
                        </td>
                        <td>
                          {r.givenName} {r.familyName}
                        </td>
                        <td>{r.passportNumber}</td>
                        <td>{r.minors}</td>
                        <td>
                          {t(`statuses.${r.status}`)}
                          {r.checkedInAt ? (
                            <>
                              <br />
                              {t('checkedInAt', { time: format.dateTime(r.checkedInAt, { hour: '2-digit', minute: '2-digit' }) })}
                            </>
                          ) : null}
                          {r.ticket ? (
                            <>
                              <br />
                              {t('ticket', { ticket: r.ticket })}
                            </>
                          ) : null}
                        </td>
                        <td>
                          {r.staffBooking ? (
                            <>
                              <strong className="tag">{t('staffBooking')}</strong>
                              <br />
                              {t('reason', { reason: r.staffReason ?? '' })}
                            </>
                          ) : (
                            t('online')
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            ) : (
              <p>{t('none')}</p>
            )}
          </section>
        );
      })}
    </>
  );
}

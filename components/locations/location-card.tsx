import { getFormatter, getTranslations } from 'next-intl/server';
import { mapUrl, type LocationWithHours } from '@/lib/locations/locations';
import { openingStatus } from '@/lib/locations/opening';

// 2024-01-01 was a Monday: weekday n is 2024-01-0n, named per locale by Intl.
const weekdayDate = (isoWeekday: number) => new Date(Date.UTC(2024, 0, isoWeekday, 12));

export async function LocationCard({ location, headingLevel = 2 }: { location: LocationWithHours; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('locations');
  const format = await getFormatter();
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const headingId = `location-${location.slug}`;
  const status = location.hoursConfirmed ? openingStatus(location.hours, new Date()) : { state: 'unknown' as const };
  const weekdayName = (d: number) => format.dateTime(weekdayDate(d), { weekday: 'long', timeZone: 'UTC' });
  return (
    <section className="card" aria-labelledby={headingId}>
      <H id={headingId}>{location.name}</H>
      <p>{location.kind === 'head_office' ? t('headOffice') : t('branch')}</p>
      {status.state === 'open' ? (
        <p className="status-open">{t('openNow', { time: status.closesAt })}</p>
      ) : status.state === 'closed' ? (
        <p className="status-closed">
          {status.opensOn === 'today'
            ? t('opensToday', { time: status.opensAt })
            : status.opensOn === 'tomorrow'
              ? t('opensTomorrow', { time: status.opensAt })
              : t('opensOn', { day: weekdayName(status.opensOn), time: status.opensAt })}
        </p>
      ) : null}
      <dl>
        <dt>{t('address')}</dt>
        <dd>
          {location.unit ? (
            <>
              {location.unit}
              <br />
            </>
          ) : null}
          {location.street}, {location.postalCode} {location.city}
        </dd>
        <dt>{t('services')}</dt>
        <dd>{location.kind === 'head_office' ? t('servicesHeadOffice') : t('servicesBranch')}</dd>
        {location.phone ? (
          <>
            <dt>{t('phone')}</dt>
            <dd>
              <a href={`tel:${location.phone.replace(/\s/g, '')}`}>{location.phone}</a>
            </dd>
          </>
        ) : null}
        {location.email ? (
          <>
            <dt>{t('email')}</dt>
            <dd>
              <a href={`mailto:${location.email}`}>{location.email}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {location.hoursConfirmed && location.hours.length ? (
        <table>
          <caption className="visually-hidden">{t('hours')}</caption>
          <thead>
            <tr>
              <th scope="col" colSpan={2}>
                {t('hours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[1, 2, 3, 4, 5, 6, 7].map((d) => {
              const h = location.hours.find((x) => x.weekday === d);
              return (
                <tr key={d}>
                  <th scope="row">{weekdayName(d)}</th>
                  <td>{h ? t('hoursRange', { opens: h.opensAt, closes: h.closesAt }) : t('closed')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{t('hoursUnconfirmed')}</p>
      )}
      <p>
        <a href={mapUrl(location)} rel="noopener">
          {t('map', { name: location.name })}
        </a>
      </p>
    </section>
  );
}

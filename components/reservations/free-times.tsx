import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { freeTimes } from '@/lib/reservations/availability';
import { TIME_ZONE } from '@/lib/time';

type Href = { pathname: string; query: Record<string, string> };

/** The free times of one day as a list of links, each saying how many places are left. */
export async function FreeTimes({ locationId, serviceId, day, slotHref }: { locationId: number; serviceId: number; day: string; slotHref: (slotId: number) => Href }) {
  const t = await getTranslations('reservations.calendar');
  const locale = await getLocale();
  const times = await freeTimes(await getDb(), locationId, serviceId, day);
  const dayName = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  const time = (d: Date) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).format(d);
  return (
    <section aria-labelledby="free-times-heading">
      <h2 id="free-times-heading">{t('timesOf', { day: dayName })}</h2>
      {times.length === 0 ? (
        <p>{t('noTimes')}</p>
      ) : (
        <ul className="time-list">
          {times.map((s) => (
            <li key={s.id}>
              <Link href={slotHref(s.id)}>
                <span className="time">{time(s.startsAt)}</span> <span>{t('free', { count: s.free })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

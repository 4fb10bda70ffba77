import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { addDays, isoWeekday } from '@/lib/calendar/dates';
import styles from './month-calendar.module.css';

type Href = { pathname: string; query: Record<string, string> };

type Props = {
  month: string; // YYYY-MM
  free: Map<string, number>;
  dayHref: (day: string) => Href;
  selected?: string | null;
};

const utcNoon = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * A month as a table of weeks. Days with free places are links that say how
 * many are free; other days are plain text saying there are none — the state
 * is in words, not only in colour.
 */
export async function MonthCalendar({ month, free, dayHref, selected }: Props) {
  const t = await getTranslations('reservations.calendar');
  const locale = await getLocale();
  const first = `${month}-01`;
  const start = addDays(first, 1 - isoWeekday(first));
  const weeks: string[][] = [];
  for (let monday = start; monday.slice(0, 7) <= month; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  const weekday = (d: string, style: 'short' | 'long') => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(utcNoon(d));
  const longDate = (d: string) => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcNoon(d));
  const caption = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcNoon(first));
  return (
    <table className={styles.calendar}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {weeks[0]!.map((d) => (
            <th key={d} scope="col" abbr={weekday(d, 'long')}>
              {weekday(d, 'short')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((d) => {
              if (d.slice(0, 7) !== month) return <td key={d} className={styles.outside} />;
              const places = free.get(d) ?? 0;
              const day = Number(d.slice(8, 10));
              if (places <= 0) {
                return (
                  <td key={d} className={styles.full}>
                    <span className={styles.number}>{day}</span>
                    <span className={styles.state}>{t('none')}</span>
                    <span className={styles.stateShort} aria-hidden="true">
                      –
                    </span>
                    <span className="visually-hidden">{longDate(d)}</span>
                  </td>
                );
              }
              return (
                <td key={d} className={styles.free}>
                  <Link href={dayHref(d)} aria-current={selected === d ? 'date' : undefined}>
                    <span className={styles.number}>{day}</span>
                    <span className="visually-hidden">{longDate(d)}: </span>
                    <span className={styles.state}>{t('free', { count: places })}</span>
                    {/* On a phone the words would break mid-word in a seventh of the screen: the number alone, the words still read aloud. */}
                    <span className={styles.stateShort} aria-hidden="true">
                      {places}
                    </span>
                  </Link>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { getFormatter, getTranslations } from 'next-intl/server';
import type { TransparencyWeek } from '@/lib/reservations/transparency';
import { warsawInstant } from '@/lib/reservations/slots';
import { addDays } from '@/lib/calendar/dates';
import styles from './transparency.module.css';
import { TableWrap } from '@/components/ui/table-wrap';

const COLUMNS = ['offered', 'released', 'bookedOnline', 'bookedStaff', 'cancelled', 'noShows', 'freeNow'] as const;

/** The chart's numbers as a table: one row per week, the week as the row header. */
export async function WeeklyTable({ weeks, caption }: { weeks: TransparencyWeek[]; caption: string }) {
  const t = await getTranslations('transparency');
  const format = await getFormatter();
  // Noon avoids any doubt about which Warsaw day a DST night belongs to.
  const range = (monday: string) => format.dateTimeRange(warsawInstant(monday, 720), warsawInstant(addDays(monday, 6), 720), { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <TableWrap labelledBy="transparency-table-caption">
      <table className={styles.table}>
        <caption id="transparency-table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.week')}</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekStart} className={w.position === 'current' ? styles.current : undefined}>
              <th scope="row">
                {t('weekLabel', { week: w.isoWeek, range: range(w.weekStart) })}
                {w.position === 'current' ? (
                  <>
                    {' '}
                    <strong>({t('current')})</strong>
                  </>
                ) : null}
              </th>
              {COLUMNS.map((c) => (
                <td key={c}>{format.number(w[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

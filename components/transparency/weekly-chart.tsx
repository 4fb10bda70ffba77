import { getTranslations } from 'next-intl/server';
import type { TransparencyWeek } from '@/lib/reservations/transparency';
import styles from './transparency.module.css';

const BRAND = '#0b3d91';
const TEXT = '#1b1b1b';
const COLUMN = 76;
const BAR = 44;
const PLOT = 180;
const TOP = 24;
const AXIS = TOP + PLOT;

/**
 * Bars per week: the outline is the places offered, the solid part the places
 * booked online and the hatched part those booked by staff. Patterns and the
 * legend carry the meaning, not colour. Screen readers get the title and the
 * description; the table after the chart carries every number.
 */
export async function WeeklyChart({ weeks, title, description }: { weeks: TransparencyWeek[]; title: string; description: string }) {
  const t = await getTranslations('transparency');
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.offered, w.bookedOnline + w.bookedStaff)));
  const h = (n: number) => Math.round((n / max) * PLOT);
  const width = weeks.length * COLUMN + 20;
  const height = AXIS + 50;
  return (
    <figure className={styles.chart}>
      <svg role="img" aria-labelledby="transparency-chart-title transparency-chart-desc" viewBox={`0 0 ${width} ${height}`} style={{ width: '100%', maxWidth: '52rem', height: 'auto' }}>
        <title id="transparency-chart-title">{title}</title>
        <desc id="transparency-chart-desc">{description}</desc>
        <defs>
          <pattern id="transparency-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#fff" />
            <rect width="3" height="8" fill={BRAND} />
          </pattern>
        </defs>
        <line x1="10" x2={width - 10} y1={AXIS} y2={AXIS} stroke={TEXT} strokeWidth="2" />
        {weeks.map((w, i) => {
          const x = 10 + i * COLUMN + (COLUMN - BAR) / 2;
          const online = h(w.bookedOnline);
          const staff = h(w.bookedStaff);
          const offered = h(w.offered);
          const centre = x + BAR / 2;
          return (
            <g key={w.weekStart}>
              {w.position === 'current' ? <rect x={10 + i * COLUMN + 2} y={TOP - 20} width={COLUMN - 4} height={PLOT + 20} fill="#f3f4f6" /> : null}
              {online ? <rect x={x} y={AXIS - online} width={BAR} height={online} fill={BRAND} /> : null}
              {staff ? <rect x={x} y={AXIS - online - staff} width={BAR} height={staff} fill="url(#transparency-hatch)" stroke={BRAND} strokeWidth="1" /> : null}
              {offered ? <rect x={x} y={AXIS - offered} width={BAR} height={offered} fill="none" stroke={TEXT} strokeWidth="2" /> : null}
              <text x={centre} y={AXIS - Math.max(offered, online + staff) - 6} textAnchor="middle" fontSize="13" fontWeight="700" fill={TEXT}>
                {w.offered}
              </text>
              <text x={centre} y={AXIS + 18} textAnchor="middle" fontSize="13" fill={TEXT}>
                {t('weekShort', { week: w.isoWeek })}
              </text>
              {w.position === 'current' ? (
                <text x={centre} y={AXIS + 36} textAnchor="middle" fontSize="12" fontWeight="700" fill={TEXT}>
                  {t('current')}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend}>
          <li>
            <svg aria-hidden="true" width="22" height="16" viewBox="0 0 22 16">
              <rect x="1" y="1" width="20" height="14" fill="none" stroke={TEXT} strokeWidth="2" />
            </svg>
            {t('legendOffered')}
          </li>
          <li>
            <svg aria-hidden="true" width="22" height="16" viewBox="0 0 22 16">
              <rect x="1" y="1" width="20" height="14" fill={BRAND} />
            </svg>
            {t('legendOnline')}
          </li>
          <li>
            <svg aria-hidden="true" width="22" height="16" viewBox="0 0 22 16">
              <rect x="1" y="1" width="20" height="14" fill="url(#transparency-hatch)" stroke={BRAND} strokeWidth="1" />
            </svg>
            {t('legendStaff')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

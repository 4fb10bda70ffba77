import { TZDate } from '@date-fns/tz';

/** All times are stored in UTC; people see and type them in the office's zone. */
export const TIME_ZONE = 'Europe/Warsaw';

/** "2026-11-23T10:00" typed by staff in Warsaw → the instant it names; null if malformed. */
export function warsawLocalToDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, TIME_ZONE);
  // Rejects 2026-02-30 and the like, which Date would roll over.
  return date.getMonth() === mo - 1 && date.getDate() === d ? new Date(date.getTime()) : null;
}

import { TZDate } from '@date-fns/tz';
import { TIME_ZONE } from '@/lib/time';
import { isPolishHoliday } from './holidays';

/** Calendar-date arithmetic on YYYY-MM-DD strings (no time of day, no DST). */
export function warsawDate(instant: Date): string {
  const d = new TZDate(instant.getTime(), TIME_ZONE);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const toUtc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** Same day n months later; the end of a shorter month where that day is missing (art. 57 § 3 KPA). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(d, last)));
}

export function isoWeekday(date: string): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Art. 57 § 4 KPA: a term ending on a Saturday or a public holiday ends on the next working day. */
export function nextWorkingDayFrom(date: string): string {
  let d = date;
  while (isoWeekday(d) >= 6 || isPolishHoliday(d)) d = addDays(d, 1);
  return d;
}

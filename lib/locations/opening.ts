import { TZDate } from '@date-fns/tz';
import { TIME_ZONE } from '@/lib/time';
import type { WeekHours } from './locations';

export type OpeningStatus =
  | { state: 'open'; closesAt: string }
  | { state: 'closed'; opensAt: string; opensOn: 'today' | 'tomorrow' | number /* ISO weekday */ }
  | { state: 'unknown' };

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether a location is open at `now`, computed on the wall clock in Warsaw
 * (so it stays right across the DST changes and for readers abroad).
 */
export function openingStatus(hours: readonly WeekHours[], now: Date): OpeningStatus {
  if (!hours.length) return { state: 'unknown' };
  const local = new TZDate(now.getTime(), TIME_ZONE);
  const weekday = local.getDay() === 0 ? 7 : local.getDay();
  const nowMin = local.getHours() * 60 + local.getMinutes();
  const today = hours.find((h) => h.weekday === weekday);
  if (today && nowMin >= minutes(today.opensAt) && nowMin < minutes(today.closesAt)) return { state: 'open', closesAt: today.closesAt };
  if (today && nowMin < minutes(today.opensAt)) return { state: 'closed', opensAt: today.opensAt, opensOn: 'today' };
  for (let ahead = 1; ahead <= 7; ahead++) {
    const day = ((weekday - 1 + ahead) % 7) + 1;
    const next = hours.find((h) => h.weekday === day);
    if (next) return { state: 'closed', opensAt: next.opensAt, opensOn: ahead === 1 ? 'tomorrow' : day };
  }
  return { state: 'unknown' };
}

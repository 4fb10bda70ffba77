import { addDays, nextWorkingDayFrom, warsawDate } from '@/lib/calendar/dates';

/**
 * After this Warsaw time the demo office's day is mostly over, so the demo fills
 * the next working day instead (a visit can only be booked for a time still ahead).
 */
export const DEMO_DAY_CUTOFF_MINUTES = 12 * 60;

const warsawMinuteOfDay = (now: Date) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Warsaw', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  return Number(parts.hour) * 60 + Number(parts.minute);
};

/**
 * The working day whose reservations, check-ins and calls the demo shows: today
 * when the office works today and the morning is not over, else the next working
 * day (weekends and public holidays close the office, lib/calendar).
 * Pure, so the end-to-end journey finds the same day the seed filled.
 */
export function demoOfficeDay(now: Date): string {
  const today = warsawDate(now);
  const working = nextWorkingDayFrom(today);
  if (working !== today) return working;
  return warsawMinuteOfDay(now) < DEMO_DAY_CUTOFF_MINUTES ? today : nextWorkingDayFrom(addDays(today, 1));
}

/** A small seeded generator (mulberry32): the same demo office on every fresh database. */
export function demoRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    digits: (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(''),
  };
}

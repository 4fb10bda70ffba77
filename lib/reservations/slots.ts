import { TZDate } from '@date-fns/tz';
import { addDays, isoWeekday } from '@/lib/calendar/dates';
import { TIME_ZONE } from '@/lib/time';

export type ScheduleSpec = {
  weekdays: readonly number[];
  opensAt: string; // HH:MM, Warsaw wall clock
  closesAt: string;
  slotMinutes: number;
  capacity: number;
  validFrom: string; // YYYY-MM-DD
  validTo: string | null;
  releaseDaysBefore: number;
  releaseAt: string; // HH:MM
};

export type SlotSpec = { startsAt: Date; capacity: number; releasedAt: Date };

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A Warsaw wall-clock time on a date, as the instant it names (right on both sides of a DST change). */
export function warsawInstant(date: string, minuteOfDay: number): Date {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return new Date(new TZDate(y, m - 1, d, Math.floor(minuteOfDay / 60), minuteOfDay % 60, TIME_ZONE).getTime());
}

/**
 * The slots a schedule opens between two dates (inclusive), skipping closed
 * days. Each day's capacity is released `releaseDaysBefore` days ahead at `releaseAt`.
 */
export function generateSlots(schedule: ScheduleSpec, from: string, to: string, closed: ReadonlySet<string>): SlotSpec[] {
  const slots: SlotSpec[] = [];
  const open = minutes(schedule.opensAt);
  const close = minutes(schedule.closesAt);
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (date < schedule.validFrom || (schedule.validTo && date > schedule.validTo)) continue;
    if (!schedule.weekdays.includes(isoWeekday(date)) || closed.has(date)) continue;
    const releasedAt = warsawInstant(addDays(date, -schedule.releaseDaysBefore), minutes(schedule.releaseAt));
    for (let t = open; t + schedule.slotMinutes <= close; t += schedule.slotMinutes) {
      slots.push({ startsAt: warsawInstant(date, t), capacity: schedule.capacity, releasedAt });
    }
  }
  return slots;
}

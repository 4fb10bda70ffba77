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

/** Monday of the ISO week a date falls in. */
export function isoWeekMonday(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/**
 * When a schedule releases the capacity of the ISO week containing `date`:
 * the whole week opens at once, `releaseDaysBefore` days before its Monday at
 * `releaseAt` Warsaw time, so everyone knows one announced moment per week.
 */
export function weekReleaseInstant(date: string, releaseDaysBefore: number, releaseAt: string): Date {
  return warsawInstant(addDays(isoWeekMonday(date), -releaseDaysBefore), minutes(releaseAt));
}

/**
 * The slots a schedule opens between two dates (inclusive), skipping closed
 * days. All slots of an ISO week share one release instant (weekReleaseInstant).
 */
export function generateSlots(schedule: ScheduleSpec, from: string, to: string, closed: ReadonlySet<string>): SlotSpec[] {
  const slots: SlotSpec[] = [];
  const open = minutes(schedule.opensAt);
  const close = minutes(schedule.closesAt);
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (date < schedule.validFrom || (schedule.validTo && date > schedule.validTo)) continue;
    if (!schedule.weekdays.includes(isoWeekday(date)) || closed.has(date)) continue;
    const releasedAt = weekReleaseInstant(date, schedule.releaseDaysBefore, schedule.releaseAt);
    // Steps in real time from opening to closing: on the night the clocks go back
    // both 02:30s (CEST and CET) get a slot, on the night they go forward none is
    // named twice. Stepping the wall clock would skip the CEST hour in October.
    const step = schedule.slotMinutes * 60_000;
    const closing = warsawInstant(date, close).getTime();
    for (let t = warsawInstant(date, open).getTime(); t + step <= closing; t += step) {
      slots.push({ startsAt: new Date(t), capacity: schedule.capacity, releasedAt });
    }
  }
  return slots;
}

export type PlacedSchedule = ScheduleSpec & { locationId: number; serviceId: number };
export type ClosedDaySpec = { date: string; locationId: number | null };
export type PlannedSlot = SlotSpec & { locationId: number; serviceId: number };

/** A schedule for one date only (validFrom = validTo) replaces the weekly schedules on that date. */
export const isSingleDate = (s: Pick<ScheduleSpec, 'validFrom' | 'validTo'>) => s.validTo !== null && s.validFrom === s.validTo;

/**
 * Every slot the schedules call for between two dates (inclusive), per
 * location and service. Closed days (for one location or, with a null
 * location, for all) close everything; a single-date schedule overrides the
 * weekly ones that day; where weekly schedules overlap, the larger capacity wins.
 */
export function planSlots(schedules: readonly PlacedSchedule[], closed: readonly ClosedDaySpec[], from: string, to: string): PlannedSlot[] {
  const out = new Map<string, PlannedSlot>();
  const overrides = new Set(schedules.filter(isSingleDate).map((s) => `${s.locationId}:${s.serviceId}:${s.validFrom}`));
  for (const s of schedules) {
    const skip = new Set(closed.filter((c) => c.locationId === null || c.locationId === s.locationId).map((c) => c.date));
    if (!isSingleDate(s)) {
      for (const key of overrides) {
        const [loc, svc, date] = key.split(':');
        if (Number(loc) === s.locationId && Number(svc) === s.serviceId) skip.add(date!);
      }
    }
    for (const slot of generateSlots(s, from, to, skip)) {
      const key = `${s.locationId}:${s.serviceId}:${slot.startsAt.getTime()}`;
      const prior = out.get(key);
      if (!prior || prior.capacity < slot.capacity) out.set(key, { ...slot, locationId: s.locationId, serviceId: s.serviceId });
    }
  }
  return [...out.values()].sort((a, b) => a.locationId - b.locationId || a.serviceId - b.serviceId || a.startsAt.getTime() - b.startsAt.getTime());
}

import { describe, expect, it } from 'vitest';
import { polishHolidays } from '@/lib/calendar/holidays';
import { generateSlots, isoWeekMonday, weekReleaseInstant, type ScheduleSpec } from './slots';

const weekdays: ScheduleSpec = {
  weekdays: [1, 2, 3, 4, 5],
  opensAt: '09:00',
  closesAt: '11:00',
  slotMinutes: 30,
  capacity: 3,
  validFrom: '2026-01-01',
  validTo: null,
  releaseDaysBefore: 14,
  releaseAt: '08:00',
};
const holidays2026 = new Set(polishHolidays(2026).map((h) => h.date));

describe('generateSlots', () => {
  it('opens slots on weekdays within opening hours, each with its capacity', () => {
    const slots = generateSlots(weekdays, '2026-11-23', '2026-11-29', new Set());
    expect(slots).toHaveLength(5 * 4);
    expect(slots[0]).toMatchObject({ startsAt: new Date('2026-11-23T08:00:00Z'), capacity: 3 });
    expect(slots[3]!.startsAt).toEqual(new Date('2026-11-23T09:30:00Z'));
  });

  it('keeps Warsaw wall-clock times across the change to summer time and back', () => {
    const march = generateSlots(weekdays, '2026-03-27', '2026-03-30', new Set());
    expect(march.map((s) => s.startsAt.toISOString()).filter((_, i) => i % 4 === 0)).toEqual(['2026-03-27T08:00:00.000Z', '2026-03-30T07:00:00.000Z']);
    const october = generateSlots(weekdays, '2026-10-23', '2026-10-26', new Set());
    expect(october.map((s) => s.startsAt.toISOString()).filter((_, i) => i % 4 === 0)).toEqual(['2026-10-23T07:00:00.000Z', '2026-10-26T08:00:00.000Z']);
  });

  it('skips public holidays and closed days', () => {
    // 11 November 2026 (Wednesday) is Independence Day.
    const slots = generateSlots(weekdays, '2026-11-09', '2026-11-13', holidays2026);
    expect(new Set(slots.map((s) => s.startsAt.toISOString().slice(0, 10)))).toEqual(new Set(['2026-11-09', '2026-11-10', '2026-11-12', '2026-11-13']));
    const christmas = generateSlots(weekdays, '2026-12-21', '2026-12-27', holidays2026);
    expect(new Set(christmas.map((s) => s.startsAt.toISOString().slice(0, 10)))).toEqual(new Set(['2026-12-21', '2026-12-22', '2026-12-23']));
  });

  it('releases a whole ISO week at once, the set days before its Monday, in Warsaw time', () => {
    const week = generateSlots(weekdays, '2026-04-06', '2026-04-12', holidays2026); // 6 April is Easter Monday
    expect(week[0]!.startsAt).toEqual(new Date('2026-04-07T07:00:00Z'));
    // 14 days before Monday 6 April, at 08:00 in Warsaw: 23 March is still winter time (UTC+1), so 07:00 UTC.
    expect(new Set(week.map((s) => s.releasedAt.toISOString()))).toEqual(new Set(['2026-03-23T07:00:00.000Z']));
    expect(new Set(week.map((s) => s.startsAt.toISOString().slice(0, 10)))).toEqual(new Set(['2026-04-07', '2026-04-08', '2026-04-09', '2026-04-10']));
  });

  it('gives each week its own release instant and keeps the wall-clock time across DST', () => {
    const weekly = { ...weekdays, releaseDaysBefore: 7 };
    const slots = generateSlots(weekly, '2026-03-27', '2026-04-03', new Set());
    const byDay = new Map(slots.map((s) => [s.startsAt.toISOString().slice(0, 10), s.releasedAt.toISOString()]));
    // Friday 27 March belongs to the week of 23 March: released Monday 16 March 08:00 CET.
    expect(byDay.get('2026-03-27')).toBe('2026-03-16T07:00:00.000Z');
    // The week of 30 March: released Monday 23 March 08:00 CET.
    expect(byDay.get('2026-03-30')).toBe('2026-03-23T07:00:00.000Z');
    expect(byDay.get('2026-04-03')).toBe('2026-03-23T07:00:00.000Z');
    // The week of 6 April is released on 30 March, after the change to summer time: 08:00 CEST is 06:00 UTC.
    expect(weekReleaseInstant('2026-04-10', 7, '08:00')).toEqual(new Date('2026-03-30T06:00:00Z'));
    // Release on the night of the change back (Sunday 25 October): 08:00 CET is 07:00 UTC; the day before, CEST.
    expect(weekReleaseInstant('2026-11-02', 8, '08:00')).toEqual(new Date('2026-10-25T07:00:00Z'));
    expect(weekReleaseInstant('2026-11-08', 9, '08:00')).toEqual(new Date('2026-10-24T06:00:00Z'));
  });

  it('finds the Monday of the ISO week, also across a year boundary', () => {
    expect(isoWeekMonday('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(isoWeekMonday('2026-11-23')).toBe('2026-11-23');
    expect(isoWeekMonday('2027-01-01')).toBe('2026-12-28');
  });

  it('releases at a time that is not on the hour, on the day a release of 0 days names', () => {
    expect(weekReleaseInstant('2026-07-15', 0, '12:30')).toEqual(new Date('2026-07-13T10:30:00Z'));
  });
});

import { describe, expect, it } from 'vitest';
import { polishHolidays } from '@/lib/calendar/holidays';
import { generateSlots, type ScheduleSpec } from './slots';

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

  it('releases a day’s capacity at the announced time, in Warsaw time', () => {
    const [first] = generateSlots(weekdays, '2026-04-06', '2026-04-07', holidays2026); // 6 April is Easter Monday
    expect(first!.startsAt).toEqual(new Date('2026-04-07T07:00:00Z'));
    // 14 days before, at 08:00 in Warsaw: 24 March is still winter time (UTC+1), so 07:00 UTC.
    expect(first!.releasedAt).toEqual(new Date('2026-03-24T07:00:00Z'));
  });
});

import { describe, expect, it } from 'vitest';
import { isPolishHoliday, polishHolidays } from './holidays';
import { addMonths, nextWorkingDayFrom, warsawDate } from './dates';

describe('Polish public holidays', () => {
  it('computes the movable feasts from Easter', () => {
    const dates = polishHolidays(2026).map((h) => h.date);
    expect(dates).toContain('2026-04-05'); // Easter Sunday
    expect(dates).toContain('2026-04-06');
    expect(dates).toContain('2026-05-24'); // Pentecost
    expect(dates).toContain('2026-06-04'); // Corpus Christi
    expect(polishHolidays(2027).map((h) => h.date)).toContain('2027-03-28');
  });

  it('has Christmas Eve from 2025 only', () => {
    expect(isPolishHoliday('2025-12-24')).toBe(true);
    expect(isPolishHoliday('2024-12-24')).toBe(false);
    expect(polishHolidays(2026)).toHaveLength(14);
  });
});

describe('calendar dates', () => {
  it('moves a term ending on a Saturday, Sunday or holiday to the next working day', () => {
    expect(nextWorkingDayFrom('2026-11-28')).toBe('2026-11-30'); // Saturday → Monday
    expect(nextWorkingDayFrom('2026-11-11')).toBe('2026-11-12'); // Independence Day
    expect(nextWorkingDayFrom('2026-12-24')).toBe('2026-12-28'); // 24, 25, 26 Dec, Sunday
    expect(nextWorkingDayFrom('2026-11-23')).toBe('2026-11-23');
  });

  it('adds months ending on the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
  });

  it('takes the Warsaw date of an instant', () => {
    expect(warsawDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(warsawDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});

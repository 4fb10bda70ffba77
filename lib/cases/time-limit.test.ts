import { describe, expect, it } from 'vitest';
import { statutoryLimit, timeLimitStatus } from './time-limit';

describe('statutory limit', () => {
  it('is 60 days for temporary residence, 6 months for permanent and EU long-term residence, else one month', () => {
    expect(statutoryLimit(1).limit).toEqual({ days: 60 });
    expect(statutoryLimit(12).limit).toEqual({ days: 60 });
    expect(statutoryLimit(3).limit).toEqual({ months: 6 });
    expect(statutoryLimit(4).limit).toEqual({ months: 6 });
    expect(statutoryLimit(5)).toEqual({ limit: { months: 1 }, basis: 'kpa' });
  });
});

describe('timeLimitStatus', () => {
  it('counts calendar days from the day after registration', () => {
    // 2026-09-01 + 60 days = Saturday 2026-10-31; Sunday 1 November is a holiday too → Monday.
    const s = timeLimitStatus(1, [{ stage: 'registered', date: '2026-09-01' }], '2026-10-01');
    expect(s).toMatchObject({ deadline: '2026-11-02', elapsedDays: 30, overdue: false });
  });

  it('moves a deadline that falls on a Saturday or holiday to the next working day', () => {
    // 2026-09-12 + 60 days = 2026-11-11, Independence Day → 2026-11-12.
    expect(timeLimitStatus(1, [{ stage: 'registered', date: '2026-09-12' }], '2026-09-13').deadline).toBe('2026-11-12');
    // 2026-08-30 + 60 = 2026-10-29 (Thursday) stays.
    expect(timeLimitStatus(1, [{ stage: 'registered', date: '2026-08-30' }], '2026-09-13').deadline).toBe('2026-10-29');
  });

  it('does not count suspension and the time a summons gives the party', () => {
    const history = [
      { stage: 'registered', date: '2026-01-05' },
      { stage: 'formal_check', date: '2026-01-06' },
      { stage: 'summons_fee', date: '2026-01-10' },
      { stage: 'formal_check', date: '2026-01-20' }, // 10 days not counted
      { stage: 'proceedings_started', date: '2026-01-21' },
      { stage: 'suspended', date: '2026-02-01' },
      { stage: 'evidence', date: '2026-02-15' }, // 14 days not counted
    ] as const;
    const s = timeLimitStatus(1, history, '2026-03-01');
    expect(s.notCountedDays).toBe(24);
    expect(s.elapsedDays).toBe(55 - 24);
    // 2026-01-05 + 60 = 2026-03-06, + 24 = 2026-03-30 (Monday).
    expect(s.deadline).toBe('2026-03-30');
    expect(s.overdue).toBe(false);
  });

  it('is overdue once the deadline has passed without a decision, and stops at the decision', () => {
    const open = timeLimitStatus(1, [{ stage: 'registered', date: '2026-01-05' }], '2026-03-10');
    expect(open).toMatchObject({ deadline: '2026-03-06', overdue: true, decided: false, elapsedDays: 64 });
    const decided = timeLimitStatus(
      1,
      [
        { stage: 'registered', date: '2026-01-05' },
        { stage: 'decision_granted', date: '2026-03-01' },
      ],
      '2026-06-01',
    );
    expect(decided).toMatchObject({ overdue: false, decided: true, elapsedDays: 55 });
  });

  it('counts months to the same day, or the month’s last day', () => {
    expect(timeLimitStatus(3, [{ stage: 'registered', date: '2026-08-31' }], '2026-09-01').deadline).toBe('2027-03-01'); // 2027-02-28 is a Sunday
    expect(timeLimitStatus(5, [{ stage: 'registered', date: '2026-11-23' }], '2026-11-24').deadline).toBe('2026-12-23');
  });
});

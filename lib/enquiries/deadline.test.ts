import { describe, expect, it } from 'vitest';
import { answeredInTime, enquiryDeadline, hasDeadline, isOverdue } from './deadline';

describe('deadline of a complaint or motion (art. 237 § 1 and art. 57 KPA)', () => {
  it('is the same day a month later when that is a working day', () => {
    expect(enquiryDeadline('2026-03-10')).toBe('2026-04-10'); // Friday
  });

  it('moves a last day on a Saturday to the Monday', () => {
    expect(enquiryDeadline('2026-04-09')).toBe('2026-05-11'); // 9 May 2026 is a Saturday
  });

  it('moves a last day on a Sunday to the Monday', () => {
    expect(enquiryDeadline('2026-04-10')).toBe('2026-05-11'); // 10 May 2026 is a Sunday
  });

  it('moves a last day on a public holiday to the next working day', () => {
    expect(enquiryDeadline('2026-10-11')).toBe('2026-11-12'); // 11 November, Independence Day (Wednesday)
    expect(enquiryDeadline('2026-03-06')).toBe('2026-04-07'); // Easter Monday 2026
    // 24 (a holiday since 2025), 25 and 26 December, then a Sunday.
    expect(enquiryDeadline('2026-11-24')).toBe('2026-12-28');
  });

  it('ends on the last day of a shorter month (art. 57 § 3 KPA)', () => {
    expect(enquiryDeadline('2026-03-31')).toBe('2026-04-30');
    expect(enquiryDeadline('2028-01-31')).toBe('2028-02-29'); // leap year, a Tuesday
    // 28 February 2026 is a Saturday: the month's end, then the next working day.
    expect(enquiryDeadline('2026-01-31')).toBe('2026-03-02');
  });

  it('crosses the year', () => {
    expect(enquiryDeadline('2026-12-15')).toBe('2027-01-15');
  });

  it('applies to complaints and motions, not to plain enquiries', () => {
    expect(hasDeadline('complaint')).toBe(true);
    expect(hasDeadline('motion')).toBe(true);
    expect(hasDeadline('enquiry')).toBe(false);
  });

  it('is overdue only after the last day, while unanswered and open', () => {
    const open = { deadline: '2026-04-10', firstAnsweredAt: null, status: 'assigned' };
    expect(isOverdue(open, '2026-04-10')).toBe(false);
    expect(isOverdue(open, '2026-04-11')).toBe(true);
    expect(isOverdue({ ...open, firstAnsweredAt: new Date() }, '2026-05-01')).toBe(false);
    expect(isOverdue({ ...open, status: 'closed' }, '2026-05-01')).toBe(false);
    expect(isOverdue({ ...open, deadline: null }, '2030-01-01')).toBe(false);
    expect(answeredInTime('2026-04-10', '2026-04-10')).toBe(true);
    expect(answeredInTime('2026-04-10', '2026-04-13')).toBe(false);
    expect(answeredInTime('2026-04-10', null)).toBeNull();
  });
});

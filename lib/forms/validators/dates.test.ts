import { describe, expect, it } from 'vitest';
import {
  isRealDate,
  normalizeDateInput,
  subtractYears,
  validateBirthDate,
  validateContractPeriod,
  validateDateComplete,
  validateDocumentDates,
  validateIsoDate,
  validatePassportValid,
  validateStaysAbroad,
} from './dates';

const TODAY = '2025-06-15';

describe('isRealDate / subtractYears', () => {
  it('knows leap years', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2025, 2, 29)).toBe(false);
    expect(isRealDate(2025, 4, 31)).toBe(false);
  });

  it('subtracts calendar years, clamping 29 February', () => {
    expect(subtractYears('2025-06-15', 5)).toBe('2020-06-15');
    expect(subtractYears('2024-02-29', 5)).toBe('2019-02-28');
    expect(subtractYears('2024-02-29', 4)).toBe('2020-02-29');
  });
});

describe('validateIsoDate', () => {
  it.each(['2025-06-15', '2024-02-29', '1900-01-01', '2099-12-31'])('accepts %s', (date) => {
    expect(validateIsoDate(date)).toBeNull();
  });

  it.each(['', '2025-6-15', '15.06.2025', '2025/06/15', '2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-06-15T00:00', ' 2025-06-15'])(
    'rejects %j with date_invalid',
    (date) => {
      expect(validateIsoDate(date)).toEqual({ code: 'date_invalid' });
    },
  );
});

describe('validateBirthDate', () => {
  it('accepts past dates up to 130 years back, and today', () => {
    expect(validateBirthDate('1990-01-31', TODAY)).toBeNull();
    expect(validateBirthDate('2025-06-14', TODAY)).toBeNull();
    expect(validateBirthDate(TODAY, TODAY)).toBeNull();
    expect(validateBirthDate('1895-06-15', TODAY)).toBeNull();
  });

  it('rejects future dates', () => {
    expect(validateBirthDate('2025-06-16', TODAY)).toEqual({ code: 'birth_date_future' });
    expect(validateBirthDate('2030-01-01', TODAY)).toEqual({ code: 'birth_date_future' });
  });

  it('rejects dates more than 130 years ago', () => {
    expect(validateBirthDate('1895-06-14', TODAY)).toEqual({ code: 'birth_date_too_old', params: { years: 130 } });
    expect(validateBirthDate('1800-01-01', TODAY)).toEqual({ code: 'birth_date_too_old', params: { years: 130 } });
  });

  it('rejects invalid dates', () => {
    expect(validateBirthDate('1990-02-30', TODAY)).toEqual({ code: 'date_invalid' });
    expect(validateBirthDate('', TODAY)).toEqual({ code: 'date_invalid' });
  });

  it('throws on an invalid `today` (programming error)', () => {
    expect(() => validateBirthDate('1990-01-01', '2025-02-30')).toThrow(RangeError);
  });
});

describe('validateDocumentDates', () => {
  it('accepts issue in the past and expiry after issue (even when already expired)', () => {
    expect(validateDocumentDates({ issueDate: '2020-03-01', expiryDate: '2030-03-01' }, TODAY)).toBeNull();
    expect(validateDocumentDates({ issueDate: TODAY, expiryDate: '2035-06-15' }, TODAY)).toBeNull();
    expect(validateDocumentDates({ issueDate: '2010-03-01', expiryDate: '2020-03-01' }, TODAY)).toBeNull();
  });

  it('rejects an issue date in the future', () => {
    expect(validateDocumentDates({ issueDate: '2025-06-16', expiryDate: '2035-06-16' }, TODAY)).toEqual({
      code: 'issue_date_future',
    });
  });

  it('rejects an issue date on or after the expiry date', () => {
    expect(validateDocumentDates({ issueDate: '2024-01-01', expiryDate: '2023-12-31' }, TODAY)).toEqual({
      code: 'issue_after_expiry',
    });
    expect(validateDocumentDates({ issueDate: '2024-01-01', expiryDate: '2024-01-01' }, TODAY)).toEqual({
      code: 'issue_after_expiry',
    });
  });

  it('names the invalid field', () => {
    expect(validateDocumentDates({ issueDate: '2024-13-01', expiryDate: '2030-01-01' }, TODAY)).toEqual({
      code: 'date_invalid',
      params: { field: 'issueDate' },
    });
    expect(validateDocumentDates({ issueDate: '2024-01-01', expiryDate: '' }, TODAY)).toEqual({
      code: 'date_invalid',
      params: { field: 'expiryDate' },
    });
  });
});

describe('validatePassportValid', () => {
  it('accepts an expiry date after today', () => {
    expect(validatePassportValid('2025-06-16', TODAY)).toBeNull();
    expect(validatePassportValid('2031-01-01', TODAY)).toBeNull();
  });

  it('rejects an expiry date today or earlier', () => {
    expect(validatePassportValid(TODAY, TODAY)).toEqual({ code: 'passport_expired' });
    expect(validatePassportValid('2020-01-01', TODAY)).toEqual({ code: 'passport_expired' });
  });

  it('rejects an invalid date', () => {
    expect(validatePassportValid('2031-02-29', TODAY)).toEqual({ code: 'date_invalid' });
  });
});

describe('validateStaysAbroad', () => {
  // window: 2020-06-15 … 2025-06-15
  it('accepts non-overlapping stays in the last 5 years, in any order', () => {
    expect(
      validateStaysAbroad(
        [
          { from: '2024-07-01', to: '2024-07-14' },
          { from: '2020-06-15', to: '2020-07-01' },
          { from: '2025-06-15', to: '2025-06-15' },
          { from: '2024-07-14', to: '2024-08-01' }, // starts on the day the first one ends
        ],
        TODAY,
      ),
    ).toEqual([]);
    expect(validateStaysAbroad([], TODAY)).toEqual([]);
  });

  it('reports an end before the start on `to`', () => {
    expect(validateStaysAbroad([{ from: '2024-05-10', to: '2024-05-09' }], TODAY)).toEqual([
      { index: 0, field: 'to', issue: { code: 'stay_end_before_start' } },
    ]);
  });

  it('reports dates before the 5-year window', () => {
    expect(
      validateStaysAbroad(
        [
          { from: '2020-06-14', to: '2020-07-01' },
          { from: '2019-01-01', to: '2019-02-01' },
        ],
        TODAY,
      ),
    ).toEqual([
      { index: 0, field: 'from', issue: { code: 'stay_outside_window', params: { years: 5 } } },
      { index: 1, field: 'from', issue: { code: 'stay_outside_window', params: { years: 5 } } },
      { index: 1, field: 'to', issue: { code: 'stay_outside_window', params: { years: 5 } } },
    ]);
  });

  it('counts the window back from 28 February when today is 29 February', () => {
    expect(validateStaysAbroad([{ from: '2019-02-28', to: '2019-03-01' }], '2024-02-29')).toEqual([]);
    expect(validateStaysAbroad([{ from: '2019-02-27', to: '2019-03-01' }], '2024-02-29')).toEqual([
      { index: 0, field: 'from', issue: { code: 'stay_outside_window', params: { years: 5 } } },
    ]);
  });

  it('reports dates in the future', () => {
    expect(
      validateStaysAbroad(
        [
          { from: '2025-06-01', to: '2025-06-16' },
          { from: '2025-07-01', to: '2025-07-10' },
        ],
        TODAY,
      ),
    ).toEqual([
      { index: 0, field: 'to', issue: { code: 'stay_in_future' } },
      { index: 1, field: 'from', issue: { code: 'stay_in_future' } },
      { index: 1, field: 'to', issue: { code: 'stay_in_future' } },
    ]);
  });

  it('reports invalid dates', () => {
    expect(validateStaysAbroad([{ from: '2024-02-30', to: '' }], TODAY)).toEqual([
      { index: 0, field: 'from', issue: { code: 'date_invalid' } },
      { index: 0, field: 'to', issue: { code: 'date_invalid' } },
    ]);
  });

  it('reports an overlap on the stay that starts later, pointing at the earlier one (1-based)', () => {
    expect(
      validateStaysAbroad(
        [
          { from: '2024-03-01', to: '2024-03-20' },
          { from: '2023-01-01', to: '2023-01-10' },
          { from: '2024-03-10', to: '2024-04-01' },
        ],
        TODAY,
      ),
    ).toEqual([{ index: 2, field: 'from', issue: { code: 'stays_overlap', params: { other: 1 } } }]);
  });

  it('reports on the later-starting stay even when it comes first in the list', () => {
    expect(
      validateStaysAbroad(
        [
          { from: '2024-03-10', to: '2024-03-12' },
          { from: '2024-03-01', to: '2024-03-20' }, // contains the first one
        ],
        TODAY,
      ),
    ).toEqual([{ index: 0, field: 'from', issue: { code: 'stays_overlap', params: { other: 2 } } }]);
  });

  it('treats stays starting on the same day (and duplicates) as overlapping', () => {
    expect(
      validateStaysAbroad(
        [
          { from: '2024-03-01', to: '2024-03-01' },
          { from: '2024-03-01', to: '2024-03-01' },
        ],
        TODAY,
      ),
    ).toEqual([{ index: 1, field: 'from', issue: { code: 'stays_overlap', params: { other: 1 } } }]);
  });

  it('reports every stay that overlaps an earlier one', () => {
    expect(
      validateStaysAbroad(
        [
          { from: '2024-01-01', to: '2024-12-31' },
          { from: '2024-02-01', to: '2024-02-10' },
          { from: '2024-05-01', to: '2024-05-10' },
        ],
        TODAY,
      ),
    ).toEqual([
      { index: 1, field: 'from', issue: { code: 'stays_overlap', params: { other: 1 } } },
      { index: 2, field: 'from', issue: { code: 'stays_overlap', params: { other: 1 } } },
    ]);
  });

  it('does not check overlaps of stays that already have an issue', () => {
    expect(
      validateStaysAbroad(
        [
          { from: '2024-01-01', to: '2024-01-31' },
          { from: '2024-01-15', to: '2024-01-10' },
        ],
        TODAY,
      ),
    ).toEqual([{ index: 1, field: 'to', issue: { code: 'stay_end_before_start' } }]);
  });
});

describe('validateContractPeriod', () => {
  it('accepts an end after the start, or no end', () => {
    expect(validateContractPeriod({ start: '2025-01-01', end: '2025-12-31' })).toBeNull();
    expect(validateContractPeriod({ start: '2025-01-01', end: '2025-01-02' })).toBeNull();
    expect(validateContractPeriod({ start: '2025-01-01' })).toBeNull();
    expect(validateContractPeriod({ start: '2025-01-01', end: '' })).toBeNull();
    expect(validateContractPeriod({ start: '2025-01-01', end: null })).toBeNull();
  });

  it('rejects an end on or before the start', () => {
    expect(validateContractPeriod({ start: '2025-01-01', end: '2024-12-31' })).toEqual({
      code: 'contract_end_before_start',
    });
    expect(validateContractPeriod({ start: '2025-01-01', end: '2025-01-01' })).toEqual({
      code: 'contract_end_before_start',
    });
  });

  it('names the invalid field', () => {
    expect(validateContractPeriod({ start: '2025-02-29' })).toEqual({ code: 'date_invalid', params: { field: 'start' } });
    expect(validateContractPeriod({ start: '2025-01-01', end: '31.12.2025' })).toEqual({
      code: 'date_invalid',
      params: { field: 'end' },
    });
  });
});

describe('normalizeDateInput (the day / month / year inputs)', () => {
  it.each([
    ['2007-3-27', '2007-03-27'],
    ['2007-03-27', '2007-03-27'],
    [' 2007-3-7 ', '2007-03-07'],
    ['--', ''],
    ['2007--27', '2007--27'],
    ['2020-2-31', '2020-02-31'],
    ['07-3-27', '07-3-27'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeDateInput(input)).toBe(expected);
  });
});

describe('validateDateComplete', () => {
  it.each([
    ['2007--27', 'month'],
    ['-3-27', 'year'],
    ['2007-3-', 'day'],
    ['2007--', 'day_month'],
    ['-3-', 'day_year'],
    ['--27', 'month_year'],
  ])('names what %j lacks: %s', (value, missing) => {
    expect(validateDateComplete(value)).toEqual({ code: 'date_incomplete', params: { missing } });
  });

  it.each(['2007-03-27', '2020-02-31', '--', 'yesterday'])('leaves %j to the other checks', (value) => {
    expect(validateDateComplete(value)).toBeNull();
  });
});

import { issue, type ValidationIssue } from './types';

/**
 * Date validators. All dates are ISO calendar dates `YYYY-MM-DD`.
 * Nothing here reads the clock: every function that needs "today" takes it as
 * a `today: string` (YYYY-MM-DD) parameter. ISO dates of this shape compare
 * correctly as plain strings, so comparisons are done lexicographically.
 */

export const MAX_AGE_YEARS = 130;
export const STAYS_WINDOW_YEARS = 5;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day is a real date of the (proleptic) Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a strict `YYYY-MM-DD` string; `null` if malformed or not a real date. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/**
 * `date` minus `years` calendar years. 29 February maps to 28 February in a
 * non-leap target year.
 */
export function subtractYears(date: string, years: number): string {
  const d = requireDate(date, 'date');
  const year = d.year - years;
  const day = Math.min(d.day, daysInMonth(year, d.month));
  return formatIsoDate(year, d.month, day);
}

function requireDate(value: string, name: string): { year: number; month: number; day: number } {
  const d = parseIsoDate(value);
  if (!d) throw new RangeError(`${name} must be a valid YYYY-MM-DD date, got "${value}"`);
  return d;
}

/**
 * What the day / month / year inputs give, as stored: "2007-3-27" → "2007-03-27"; three empty
 * parts ("--") → "" (not answered). Anything else is returned as it is, to be refused.
 */
export function normalizeDateInput(value: string): string {
  if (/^\s*-\s*-\s*$/.test(value)) return '';
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(value);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : value;
}

/**
 * A date typed as day / month / year ("YYYY-MM-DD" with parts possibly empty) with one or two of
 * its parts left empty: `date_incomplete`, `params.missing` naming them (`day`, `month_year`, …).
 */
export function validateDateComplete(value: string): ValidationIssue | null {
  const parts = value.split('-');
  if (parts.length !== 3) return null;
  const [year = '', month = '', day = ''] = parts;
  const missing = (
    [
      ['day', day],
      ['month', month],
      ['year', year],
    ] as const
  )
    .filter(([, part]) => !part.trim())
    .map(([name]) => name);
  if (missing.length === 0 || missing.length === 3) return null;
  return issue('date_incomplete', { missing: missing.join('_') });
}

/** `date_invalid` unless `date` is a real calendar date written as YYYY-MM-DD. */
export function validateIsoDate(date: string): ValidationIssue | null {
  return isIsoDate(date) ? null : issue('date_invalid');
}

/**
 * Birth date: a real date, not after today (a child born today is accepted),
 * and not more than 130 years before today.
 */
export function validateBirthDate(date: string, today: string): ValidationIssue | null {
  requireDate(today, 'today');
  if (!isIsoDate(date)) return issue('date_invalid');
  if (date > today) return issue('birth_date_future');
  if (date < subtractYears(today, MAX_AGE_YEARS)) return issue('birth_date_too_old', { years: MAX_AGE_YEARS });
  return null;
}

/**
 * Issue and expiry date of an identity/travel document: the issue date must
 * not be after today and must be strictly before the expiry date.
 * Invalid dates give `date_invalid` with `params.field` = 'issueDate' | 'expiryDate'.
 * Whether the document is still valid is a separate check: `validatePassportValid`.
 */
export function validateDocumentDates(
  dates: { issueDate: string; expiryDate: string },
  today: string,
): ValidationIssue | null {
  requireDate(today, 'today');
  const { issueDate, expiryDate } = dates;
  if (!isIsoDate(issueDate)) return issue('date_invalid', { field: 'issueDate' });
  if (!isIsoDate(expiryDate)) return issue('date_invalid', { field: 'expiryDate' });
  if (issueDate > today) return issue('issue_date_future');
  if (issueDate >= expiryDate) return issue('issue_after_expiry');
  return null;
}

/** The document must still be valid: its expiry date must be after today. */
export function validatePassportValid(expiryDate: string, today: string): ValidationIssue | null {
  requireDate(today, 'today');
  if (!isIsoDate(expiryDate)) return issue('date_invalid');
  if (expiryDate <= today) return issue('passport_expired');
  return null;
}

export type Stay = { from: string; to: string };

export type StayIssue = { index: number; field: 'from' | 'to'; issue: ValidationIssue };

/**
 * Stays abroad (periods outside Poland) over the last 5 years.
 *
 * Per stay (at most one issue per field):
 * - `from`: `date_invalid`, `stay_in_future`, `stay_outside_window` (before today minus 5 years);
 * - `to`: `date_invalid`, `stay_end_before_start` (to < from; from = to is a one-day stay),
 *   `stay_in_future`, `stay_outside_window`.
 * Across stays: two stays overlap if they share more than a boundary day
 * (returning and leaving again on the same day is allowed; two stays starting on
 * the same day always overlap). The overlap is reported on the `from` field of
 * the stay that starts later (for equal starts: the one later in the list),
 * with `params.other` = the 1-based number of the earlier stay. Stays that
 * already have an issue are not checked for overlaps.
 *
 * Results are ordered by index, then `from` before `to`.
 */
export function validateStaysAbroad(stays: readonly Stay[], today: string): StayIssue[] {
  requireDate(today, 'today');
  const windowStart = subtractYears(today, STAYS_WINDOW_YEARS);
  const issues: StayIssue[] = [];
  const clean: { index: number; from: string; to: string }[] = [];

  stays.forEach((stay, index) => {
    const fromOk = isIsoDate(stay.from);
    const toOk = isIsoDate(stay.to);
    let fromIssue: ValidationIssue | null = null;
    let toIssue: ValidationIssue | null = null;

    if (!fromOk) fromIssue = issue('date_invalid');
    else if (stay.from > today) fromIssue = issue('stay_in_future');
    else if (stay.from < windowStart) fromIssue = issue('stay_outside_window', { years: STAYS_WINDOW_YEARS });

    if (!toOk) toIssue = issue('date_invalid');
    else if (fromOk && stay.to < stay.from) toIssue = issue('stay_end_before_start');
    else if (stay.to > today) toIssue = issue('stay_in_future');
    else if (stay.to < windowStart) toIssue = issue('stay_outside_window', { years: STAYS_WINDOW_YEARS });

    if (fromIssue) issues.push({ index, field: 'from', issue: fromIssue });
    if (toIssue) issues.push({ index, field: 'to', issue: toIssue });
    if (!fromIssue && !toIssue) clean.push({ index, from: stay.from, to: stay.to });
  });

  const sorted = [...clean].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.index - b.index));
  sorted.forEach((later, j) => {
    const earlier = sorted.slice(0, j).find((e) => later.from < e.to || later.from === e.from);
    if (earlier) {
      issues.push({ index: later.index, field: 'from', issue: issue('stays_overlap', { other: earlier.index + 1 }) });
    }
  });

  return issues.sort((a, b) => a.index - b.index || (a.field === b.field ? 0 : a.field === 'from' ? -1 : 1));
}

/**
 * Contract (employment, lease, …) period: the end date, when given, must be
 * after the start date. An empty/undefined `end` means open-ended.
 * Invalid dates give `date_invalid` with `params.field` = 'start' | 'end'.
 */
export function validateContractPeriod(period: { start: string; end?: string | null }): ValidationIssue | null {
  const { start, end } = period;
  if (!isIsoDate(start)) return issue('date_invalid', { field: 'start' });
  if (end === undefined || end === null || end === '') return null;
  if (!isIsoDate(end)) return issue('date_invalid', { field: 'end' });
  if (end <= start) return issue('contract_end_before_start');
  return null;
}

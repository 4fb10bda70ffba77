import { issue, type ValidationIssue } from './types';

/** Passport / travel document number. */

export const PASSPORT_NUMBER_MIN = 5;
export const PASSPORT_NUMBER_MAX = 20;

/**
 * Removes spaces and upper-cases (" ab 123 4567 " → "AB1234567"): passports print the series and
 * number with spaces in some countries, and people copy them so; the stored number has none.
 */
export function normalizePassportNumber(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/**
 * After removing spaces and upper-casing: only A–Z and 0–9 (`passport_format`),
 * 5–20 characters (`passport_length`), at least one digit (`passport_digit_required`).
 */
export function validatePassportNumber(input: string): ValidationIssue | null {
  const value = normalizePassportNumber(input);
  // Checked before upper-casing too, so that case mapping cannot turn other
  // characters into A–Z ("ß" → "SS", "ı" → "I").
  if (!/^[A-Z0-9]*$/.test(value) || !/^[A-Za-z0-9]*$/.test(input.replace(/\s+/g, ''))) return issue('passport_format');
  if (value.length < PASSPORT_NUMBER_MIN || value.length > PASSPORT_NUMBER_MAX) {
    return issue('passport_length', { min: PASSPORT_NUMBER_MIN, max: PASSPORT_NUMBER_MAX });
  }
  if (!/\d/.test(value)) return issue('passport_digit_required');
  return null;
}

import { issue, type ValidationIssue } from './types';

/** REGON – Polish business register number, 9 digits (entity) or 14 digits (local unit). */

const WEIGHTS_9 = [8, 9, 2, 3, 4, 5, 6, 7] as const;
const WEIGHTS_14 = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] as const;

/** Removes spaces and dashes; returns the digits if there are 9 or 14 of them, otherwise `null`. */
export function normalizeRegon(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '');
  return /^(\d{9}|\d{14})$/.test(compact) ? compact : null;
}

function checkDigit(digits: string, weights: readonly number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i] ?? 0), 0);
  const mod = sum % 11;
  return mod === 10 ? 0 : mod;
}

export function validateRegon(regon: string): ValidationIssue | null {
  const value = normalizeRegon(regon);
  if (value === null) return issue('regon_format');
  // All zeros (9 or 14) has matching check digits, but no such REGON is ever given.
  if (/^0+$/.test(value)) return issue('regon_invalid');
  const base = value.slice(0, 9);
  if (checkDigit(base, WEIGHTS_9) !== Number(base[8])) return issue('regon_checksum');
  if (value.length === 14 && checkDigit(value, WEIGHTS_14) !== Number(value[13])) return issue('regon_checksum');
  return null;
}

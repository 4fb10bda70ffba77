import { issue, type ValidationIssue } from './types';

/** NIP – Polish tax identification number (10 digits, last one is the check digit). */

const WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/**
 * Strips an optional "PL" prefix (any case) and spaces/dashes:
 * "PL 123-456-32-18" → "1234563218". Returns `null` if the result is not 10 digits.
 * Does not check the check digit.
 */
export function normalizeNip(input: string): string | null {
  const compact = input.trim().replace(/^pl/i, '').replace(/[\s-]/g, '');
  return /^\d{10}$/.test(compact) ? compact : null;
}

/** The NIP check value for the first 9 digits (10 means no valid NIP can start with them). */
export function nipCheckValue(first9: string): number {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first9[i] ?? 0), 0);
  return sum % 11;
}

export function validateNip(nip: string): ValidationIssue | null {
  const value = normalizeNip(nip);
  if (value === null) return issue('nip_format');
  // 0000000000 has a matching check digit, but no such NIP is ever given.
  if (/^0+$/.test(value)) return issue('nip_invalid');
  const check = nipCheckValue(value.slice(0, 9));
  if (check === 10 || check !== Number(value[9])) return issue('nip_checksum');
  return null;
}

// The full metadata: the default ("min") one checks only lengths and accepts numbers no operator
// can have (+48 100 000 000, +48 999 999 999); "max" knows each country's number ranges.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { issue, type ValidationIssue } from './types';

/** Numbers without a "+" / "00" international prefix are read as Polish numbers. */
export const DEFAULT_PHONE_COUNTRY = 'PL';

/**
 * Normalises a phone number to E.164: "+48 600 700 800" / "600700800" →
 * "+48600700800", "+380 67 123 4567" → "+380671234567". Returns `null` when
 * the input is not a valid phone number.
 */
export function normalizePhone(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), DEFAULT_PHONE_COUNTRY);
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

export function validatePhone(input: string): ValidationIssue | null {
  return normalizePhone(input) === null ? issue('phone_format') : null;
}

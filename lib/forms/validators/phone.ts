import { parsePhoneNumberFromString } from 'libphonenumber-js';
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

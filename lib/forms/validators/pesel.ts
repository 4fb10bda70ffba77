import { formatIsoDate, isIsoDate, isRealDate } from './dates';
import { issue, type Sex, type ValidationIssue } from './types';

/**
 * PESEL – Polish national identification number (11 digits):
 * YYMMDD (month carries the century offset) + 4-digit serial (the last of them,
 * i.e. the 10th digit, is even for women, odd for men) + check digit.
 */

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** Month offsets by century: 1800–1899 +80, 1900–1999 +0, 2000–2099 +20, 2100–2199 +40, 2200–2299 +60. */
const CENTURY_BY_OFFSET: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 };

function digitsOf(pesel: string): number[] {
  return [...pesel].map(Number);
}

/** The check digit for the first 10 digits of a PESEL. */
export function peselCheckDigit(first10: string): number {
  const d = digitsOf(first10);
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * (d[i] ?? 0), 0);
  return (10 - (sum % 10)) % 10;
}

/** Decodes the YYMMDD part; `null` if it is not a real date. Expects 11 digits. */
function decodeDate(pesel: string): string | null {
  const yy = Number(pesel.slice(0, 2));
  const mm = Number(pesel.slice(2, 4));
  const dd = Number(pesel.slice(4, 6));
  const offset = Math.floor(mm / 20) * 20;
  const century = CENTURY_BY_OFFSET[offset];
  if (century === undefined) return null;
  const year = century + yy;
  const month = mm - offset;
  return isRealDate(year, month, dd) ? formatIsoDate(year, month, dd) : null;
}

function sexOf(pesel: string): Sex {
  return Number(pesel[9]) % 2 === 0 ? 'female' : 'male';
}

/**
 * Validates a PESEL (surrounding whitespace is ignored). Checks, in order:
 * format (11 digits) → check digit → encoded birth date is a real date →
 * matches `options.birthDate` (if given and itself a valid date) →
 * matches `options.sex` (if given).
 */
export function validatePesel(
  pesel: string,
  options: { birthDate?: string; sex?: Sex } = {},
): ValidationIssue | null {
  const value = pesel.trim();
  if (!/^\d{11}$/.test(value)) return issue('pesel_format');
  if (peselCheckDigit(value.slice(0, 10)) !== Number(value[10])) return issue('pesel_checksum');
  const encoded = decodeDate(value);
  if (encoded === null) return issue('pesel_date_invalid');
  if (options.birthDate !== undefined && isIsoDate(options.birthDate) && options.birthDate !== encoded) {
    return issue('pesel_birth_date_mismatch');
  }
  if (options.sex !== undefined && options.sex !== sexOf(value)) return issue('pesel_sex_mismatch');
  return null;
}

/** Birth date (YYYY-MM-DD) encoded in a valid PESEL; `null` if the PESEL is not valid. */
export function peselBirthDate(pesel: string): string | null {
  if (validatePesel(pesel) !== null) return null;
  return decodeDate(pesel.trim());
}

/** Sex encoded in a valid PESEL; `null` if the PESEL is not valid. */
export function peselSex(pesel: string): Sex | null {
  if (validatePesel(pesel) !== null) return null;
  return sexOf(pesel.trim());
}

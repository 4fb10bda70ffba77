import { issue, type ValidationIssue } from './types';

/**
 * Polish postal code, canonical form `NN-NNN`. Accepts "50-153", "50153" and
 * "50 153" (surrounding whitespace ignored) and returns "50-153"; `null` otherwise.
 * Inside, only a hyphen or one plain space: a tab or a line break there is not a postal code.
 */
export function normalizePostalCode(input: string): string | null {
  const m = /^(\d{2})[- ]?(\d{3})$/.exec(input.trim());
  return m ? `${m[1]}-${m[2]}` : null;
}

/** Valid when `normalizePostalCode` can turn the input into `NN-NNN`. */
export function validatePostalCode(postalCode: string): ValidationIssue | null {
  return normalizePostalCode(postalCode) === null ? issue('postal_code_format') : null;
}

import { issue, type ValidationIssue } from './types';

/** KRS – National Court Register number: exactly 10 digits (leading zeros kept), not all zeros. */
export function validateKrs(krs: string): ValidationIssue | null {
  const value = krs.trim();
  if (!/^\d{10}$/.test(value) || /^0+$/.test(value)) return issue('krs_format');
  return null;
}

import { issue, type ValidationIssue } from './types';

export const EMAIL_MAX_LENGTH = 254;

/**
 * Pragmatic e-mail check (surrounding whitespace ignored): exactly one "@",
 * non-empty local part, no whitespace, domain containing a dot with no empty
 * labels (no leading/trailing/double dots), at most 254 characters.
 */
export function validateEmail(input: string): ValidationIssue | null {
  const value = input.trim();
  if (value.length > EMAIL_MAX_LENGTH) return issue('email_too_long', { max: EMAIL_MAX_LENGTH });
  if (/\s/.test(value)) return issue('email_format');
  const parts = value.split('@');
  if (parts.length !== 2) return issue('email_format');
  const [local = '', domain = ''] = parts;
  if (local.length === 0) return issue('email_format');
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((label) => label.length === 0)) return issue('email_format');
  return null;
}

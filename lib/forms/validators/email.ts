import { issue, type ValidationIssue } from './types';

export const EMAIL_MAX_LENGTH = 254;
/** RFC 5321 §4.5.3.1.1: the local part (before the "@") has at most 64 characters. */
export const EMAIL_LOCAL_MAX_LENGTH = 64;

/**
 * Pragmatic e-mail check (surrounding whitespace ignored): exactly one "@",
 * no whitespace or control characters, a local part of 1–64 characters that
 * neither starts nor ends with a dot nor has two in a row (RFC 5322 dot-atom;
 * mail servers refuse the rest), a domain containing a dot with no empty
 * labels (no leading/trailing/double dots), at most 254 characters.
 */
export function validateEmail(input: string): ValidationIssue | null {
  const value = input.trim();
  if (value.length > EMAIL_MAX_LENGTH) return issue('email_too_long', { max: EMAIL_MAX_LENGTH });
  // Whitespace, C0/C1 control characters (NUL, BEL, …) and DEL.
  if (/[\s\p{Cc}]/u.test(value)) return issue('email_format');
  const parts = value.split('@');
  if (parts.length !== 2) return issue('email_format');
  const [local = '', domain = ''] = parts;
  if (local.length === 0) return issue('email_format');
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return issue('email_format');
  if ([...local].length > EMAIL_LOCAL_MAX_LENGTH) return issue('email_local_too_long', { max: EMAIL_LOCAL_MAX_LENGTH });
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((label) => label.length === 0)) return issue('email_format');
  return null;
}

import type { z } from 'zod';
import type { MessageParams } from '@/lib/errors/message';

export type FieldErrors = Record<string, string>;

/** What every server action returns: message keys, never raw errors; `params` fill the form error's placeholders (lib/errors/message.ts). */
export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; fieldErrors?: FieldErrors; formError?: string; params?: MessageParams };

/** The first error per field, keyed by dotted path; messages are translation keys. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    out[key] ??= issue.message && /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid';
  }
  return out;
}

export const FORBIDDEN: ActionResult = { ok: false, formError: 'forbidden' };

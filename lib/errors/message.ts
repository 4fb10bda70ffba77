/**
 * The one shape of an error the user is shown: a key of the `errors` (or, for
 * a field, `validation`) messages and the values its placeholders take.
 * Actions return it as `{ formError: code, params }`; a field's message has
 * to pass through zod as one string, so only there it is encoded, as
 * `code:{json}`, and decoded again by decodeMessage below.
 */
export type MessageParams = Record<string, string | number>;
export type ErrorMessage = { code: string; params?: MessageParams };

/** What a refused action returns. */
export const refusal = (code: string, params?: MessageParams) => (params ? { ok: false as const, formError: code, params } : { ok: false as const, formError: code });

/** A message as one string, for zod: `code` or `code:{json}`. */
export const encodeMessage = ({ code, params }: ErrorMessage): string => (params ? `${code}:${JSON.stringify(params)}` : code);

/** The message of encodeMessage back, or null for anything that is not one of ours (a library's own English text). */
export function decodeMessage(raw: string | undefined | null): ErrorMessage | null {
  const m = /^([a-z][a-z0-9_]*)(?::(\{.*\}))?$/s.exec(raw ?? '');
  if (!m) return null;
  if (!m[2]) return { code: m[1]! };
  try {
    const params = JSON.parse(m[2]) as unknown;
    if (!params || typeof params !== 'object' || Array.isArray(params)) return null;
    if (!Object.values(params).every((v) => typeof v === 'string' || typeof v === 'number')) return null;
    return { code: m[1]!, params: params as MessageParams };
  } catch {
    return null;
  }
}

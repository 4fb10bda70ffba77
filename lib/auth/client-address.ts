import { CLIENT_ADDRESS_HEADER } from '@/lib/security/forwarded.mjs';

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(h: HeaderBag, name: string): string | undefined {
  if (typeof (h as { get?: unknown }).get === 'function') return (h as { get(n: string): string | null }).get(name) ?? undefined;
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The client's address for rate limits and the audit log, as server.mjs decided
 * it from the socket and TRUSTED_PROXIES (it drops any copy the client sent).
 * X-Forwarded-For itself is never read here: a client can write anything in it.
 * Null when the app runs without server.mjs; the limits then share one key.
 */
export function clientAddress(h: HeaderBag): string | null {
  return header(h, CLIENT_ADDRESS_HEADER) ?? null;
}

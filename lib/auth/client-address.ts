import { config } from '@/lib/config';

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(h: HeaderBag, name: string): string | undefined {
  if (typeof (h as { get?: unknown }).get === 'function') return (h as { get(n: string): string | null }).get(name) ?? undefined;
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The client's address for rate limits and the audit log. Behind a reverse
 * proxy (TRUST_PROXY=1) the proxy's X-Forwarded-For is trusted; the last hop
 * is the one our proxy appended, so a client cannot forge it.
 */
export function clientAddress(h: HeaderBag): string | null {
  const forwarded = header(h, 'x-forwarded-for');
  if (forwarded) {
    const hops = forwarded.split(',').map((s) => s.trim()).filter(Boolean);
    return (config().TRUST_PROXY ? hops.at(-1) : hops[0]) ?? null;
  }
  return header(h, 'x-real-ip') ?? null;
}

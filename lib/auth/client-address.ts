type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(h: HeaderBag, name: string): string | undefined {
  if (typeof (h as { get?: unknown }).get === 'function') return (h as { get(n: string): string | null }).get(name) ?? undefined;
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The client's address for rate limits and the audit log. `next start` sets
 * X-Forwarded-For to the socket address when the request has none; a reverse
 * proxy appends the address it saw. Either way the last hop is the one a
 * client cannot forge (earlier hops are whatever the client sent).
 */
export function clientAddress(h: HeaderBag): string | null {
  const forwarded = header(h, 'x-forwarded-for');
  const hops = (forwarded ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return hops.at(-1) ?? header(h, 'x-real-ip') ?? null;
}

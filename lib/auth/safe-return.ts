/**
 * A return address taken from the request (`callbackUrl`) must stay on our site:
 * an open redirect lends our domain to phishing (OWASP ASVS 5.1.5). Browsers drop
 * tabs/newlines and treat `\` as `/`, so `/%09/evil` or `/\evil` become `//evil`;
 * we therefore refuse those characters (raw or percent-encoded) outright and then
 * let the URL parser decide the origin. Returns path + query + hash, or the fallback.
 */
const ORIGIN = 'http://pobyt.invalid';

// Control characters, whitespace and backslashes, raw or percent-encoded (%00-%20, %7F, %5C).
const FORBIDDEN = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff\\]|%(?:[01][0-9a-f]|20|7f|5c)/i;

export function safeReturn(url: string | null | undefined, fallback: string): string {
  if (typeof url !== 'string' || url === '' || url.length > 2000) return fallback;
  if (FORBIDDEN.test(url)) return fallback;
  // Only a path on this site: not `//host`, not `https:`, not `javascript:`.
  if (!url.startsWith('/') || url.startsWith('//')) return fallback;
  // `/%2F%2Fevil` is a path on our site, but decoded once by a server or router it is `//evil`.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return fallback;
  }
  if (decoded.startsWith('//') || FORBIDDEN.test(decoded)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(url, ORIGIN);
  } catch {
    return fallback;
  }
  if (parsed.origin !== ORIGIN || parsed.protocol !== 'http:') return fallback;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** next-auth's `redirect` callback: relative paths and our own origin only. */
export function safeAuthRedirect(url: string, baseUrl: string): string {
  let path = url;
  if (!url.startsWith('/')) {
    try {
      const u = new URL(url);
      if (u.origin !== new URL(baseUrl).origin) return baseUrl;
      path = `${u.pathname}${u.search}${u.hash}`;
    } catch {
      return baseUrl;
    }
  }
  const safe = safeReturn(path, '');
  return safe ? `${baseUrl.replace(/\/$/, '')}${safe}` : baseUrl;
}

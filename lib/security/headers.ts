// Security headers for every response (pages, API routes, PDFs), applied from next.config.ts `headers()`
// so that static pages stay static: no per-request work, no headers() read in a layout.

export type HeaderOptions = { appUrl: string; production: boolean };

export function contentSecurityPolicy({ production }: Pick<HeaderOptions, 'production'>): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Scripts only from this site. server.mjs replaces 'unsafe-inline' on every HTML page with the hashes of
    // that page's own inline scripts (Next's flight data), prerendered or not (lib/security/script-hashes.mjs);
    // it stays only where nothing hashes (`next dev`, or `next start` without server.mjs). Development also
    // needs eval for React's tooling.
    'script-src': ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    // React and Next set inline style attributes, which nonces cannot cover; styles cannot run code.
    'style-src': ["'self'", "'unsafe-inline'"],
    // QR codes are data: URLs.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    // The display board's EventSource and all fetches go to this site only.
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    // Sign-in with OIDC navigates by script (next-auth returns the URL), not by a form post to the issuer.
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export function securityHeaders(options: HeaderOptions): { key: string; value: string }[] {
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Enquiry confirmation and case links carry secret tokens in their URLs: send no referrer at all.
    { key: 'Referrer-Policy', value: 'no-referrer' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()',
    },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
  // HSTS over plain http would be ignored at best and lock out a local test server at worst.
  if (options.appUrl.startsWith('https://')) {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  }
  return headers;
}

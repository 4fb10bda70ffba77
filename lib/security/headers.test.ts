import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './headers';

const get = (headers: { key: string; value: string }[], key: string) => headers.find((h) => h.key === key)?.value;

describe('security headers', () => {
  it('sends a CSP with the strict directives and no eval in production', () => {
    const csp = contentSecurityPolicy({ production: true });
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "connect-src 'self'"]) {
      expect(csp).toContain(d);
    }
    expect(csp).toMatch(/script-src 'self'[^;]*/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("img-src 'self' data:");
  });

  it('allows eval only in development', () => {
    expect(contentSecurityPolicy({ production: false })).toContain("'unsafe-eval'");
  });

  it('sends HSTS only when the app is served over https', () => {
    expect(get(securityHeaders({ appUrl: 'https://pobyt.example', production: true }), 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    expect(get(securityHeaders({ appUrl: 'http://localhost:3000', production: true }), 'Strict-Transport-Security')).toBeUndefined();
  });

  it('sends nosniff, no-referrer, DENY framing and a deny-all permissions policy', () => {
    const h = securityHeaders({ appUrl: 'http://localhost:3000', production: true });
    expect(get(h, 'X-Content-Type-Options')).toBe('nosniff');
    expect(get(h, 'Referrer-Policy')).toBe('no-referrer');
    expect(get(h, 'X-Frame-Options')).toBe('DENY');
    expect(get(h, 'Permissions-Policy')).toContain('camera=()');
    expect(get(h, 'Permissions-Policy')).toContain('geolocation=()');
  });
});

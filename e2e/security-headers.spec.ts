import { expect, test } from './support/fixtures';

// Run with E2E_PORT=3241. Every response carries the security headers, pages, API routes and PDFs alike.
for (const path of ['/pl', '/pl/enquiries', '/api/pow?for=booking', '/api/reservations/00000000-0000-0000-0000-000000000000/pdf']) {
  test(`security headers on ${path}`, async ({ request }) => {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h['content-security-policy']).toContain("default-src 'self'");
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).not.toContain('unsafe-eval');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['permissions-policy']).toContain('camera=()');
  });
}

test('a script from another origin is blocked', async ({ page, cspViolations }, testInfo) => {
  testInfo.annotations.push({ type: 'expected-csp-violation' });
  await page.goto('/pl');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.src = 'https://evil.example/x.js';
    document.body.append(s);
  });
  await expect.poll(() => cspViolations.some((v) => v.includes('script-src'))).toBe(true);
});

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

for (const path of ['/pl', '/uk/services/permanent-residence', '/pl/sign-in', '/en/locations']) {
  test(`the script policy of ${path} allows its own inline scripts by hash, and no other inline script`, async ({ page, request }) => {
    const res = await request.get(path);
    const policy = res.headers()['content-security-policy'] ?? '';
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
    // The page hydrates and works under it: the fixture fails the test on any violation.
    await page.goto(path);
    await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
  });
}

test('an inline script injected into a page does not run', async ({ page, cspViolations }, testInfo) => {
  testInfo.annotations.push({ type: 'expected-csp-violation' });
  await page.goto('/pl');
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  expect(cspViolations.every((v) => v.includes('script-src'))).toBe(true);
});

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

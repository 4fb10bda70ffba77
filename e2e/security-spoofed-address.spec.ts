import { expect, test } from './support/fixtures';
import type { APIRequestContext } from '@playwright/test';

// This spec locks the case sign-in for the test machine's own address for 15 minutes:
// keep it after every spec that signs in with a case number (specs run in name order).

async function caseSignIn(request: APIRequestContext, number: string, forwardedFor: string) {
  const csrf = await request.get('/api/auth/csrf', { headers: { 'x-forwarded-for': forwardedFor } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await request.post('/api/auth/callback/case', {
    headers: { 'x-forwarded-for': forwardedFor, 'x-pobyt-client-address': forwardedFor },
    form: { csrfToken, number, password: 'ABCD-EFGH-JKLM', callbackUrl: '/pl/case', json: 'true' },
  });
  const { url } = (await res.json()) as { url: string };
  return new URL(url).searchParams.get('error') ?? '';
}

test('a client that writes its own X-Forwarded-For (or the private address header) is still limited by its real address', async ({ request }) => {
  // Twenty wrong passwords (the per-address limit) for twenty case numbers, each "from" another address.
  for (let i = 0; i < 20; i++) {
    expect(await caseSignIn(request, `WSC-2026-9900${String(i).padStart(2, '0')}`, `203.0.113.${10 + i}`)).not.toBe('');
  }
  // A sixth, from yet another claimed address and for yet another case: the real address is locked.
  expect(await caseSignIn(request, 'WSC-2026-990009', '203.0.113.99')).toMatch(/^locked/);
});

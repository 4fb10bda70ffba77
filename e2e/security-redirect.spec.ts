import { expect, test, type Page } from './support/fixtures';
import pl from '../messages/pl.json';
import en from '../messages/en.json';
import { hydrated } from './support/session';

// Each payload as it stands in the query string of /pl/sign-in?callbackUrl=…: raw, percent-encoded once
// (the browser or router decodes it to the raw form) and twice (a later decode would make it raw).
const PAYLOADS = [
  '//evil.example',
  '/\\evil.example',
  '/%09/evil.example',
  'https://evil.example',
  'javascript:alert(1)',
  '%2F%2Fevil.example',
  '%2F%5Cevil.example',
  '%2F%2509%2Fevil.example',
  'https%3A%2F%2Fevil.example',
  'javascript%3Aalert(1)',
  '%252F%252Fevil.example',
  '%252F%255Cevil.example',
  '/%2F/evil.example',
  '/%5Cevil.example',
  '/%0a/evil.example',
  'http:evil.example',
];

async function signInWith(page: Page, callbackUrl: string) {
  await page.context().clearCookies();
  await page.goto(`/pl/sign-in?callbackUrl=${callbackUrl}`);
  await hydrated(page);
  await page.getByLabel(pl.auth.signIn.email).fill('applicant@pobyt.test');
  await page.getByLabel(pl.auth.signIn.password).fill('Applicant-Demo-2026');
  await page.getByRole('button', { name: pl.auth.signIn.submit, exact: true }).click();
}

test('after sign-in the browser stays on the site whatever callbackUrl asks for', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const leaks: string[] = [];
  // Any attempt to go to the other host is recorded and never reaches the network.
  await page.context().route((url) => url.hostname.endsWith('evil.example'), (route) => {
    leaks.push(route.request().url());
    return route.abort();
  });
  page.on('dialog', (d) => {
    leaks.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  for (const payload of PAYLOADS) {
    await signInWith(page, payload);
    // A refused target falls back to the account page on our own origin.
    await expect(page.getByRole('heading', { name: pl.account.title, level: 1 }), `callbackUrl=${payload}`).toBeVisible();
    expect(new URL(page.url()).origin, `callbackUrl=${payload}`).toBe(origin);
    expect(leaks, `callbackUrl=${payload}`).toEqual([]);
  }
});

test('a callbackUrl on the site itself still takes the person back there after sign-in', async ({ page, baseURL }) => {
  await signInWith(page, '/en/account');
  await expect(page.getByRole('heading', { name: en.account.title, level: 1 })).toBeVisible();
  expect(page.url()).toBe(`${new URL(baseURL!).origin}/en/account`);

  await signInWith(page, encodeURIComponent('/pl/case-stages?from=sign-in'));
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}/pl/case-stages?from=sign-in`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

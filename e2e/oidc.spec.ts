import { expect, test, type Page } from './support/fixtures';
import pl from '../messages/pl.json';
import uk from '../messages/uk.json';
import { expectNoAxeViolations } from './support/axe';
import { hydrated, signOut } from './support/session';
import { OIDC_LABEL, OIDC_USERS, oidcIssuer, type OidcTestUser } from './support/oidc-provider';

// The test provider (e2e/support/oidc-provider.ts) is a real OpenID Connect server started by global-setup.
// The button says "Continue with …", not "Sign in …": other specs find the password form's submit button by its name.
type OidcMessages = { oidc: { signInWith: string } };
const providerButton = (m: OidcMessages) => m.oidc.signInWith.replace('{provider}', OIDC_LABEL);
const accountHeading = (page: Page) => page.getByRole('heading', { name: pl.account.title, level: 1 });
const alert = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

async function startAtProvider(page: Page, m: OidcMessages = pl, locale = 'pl') {
  await page.goto(`/${locale}/sign-in`);
  await hydrated(page);
  await page.getByRole('button', { name: providerButton(m) }).click();
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  expect(page.url().startsWith(`${oidcIssuer()}/interaction/`)).toBe(true);
}

async function logInAtProvider(page: Page, user: OidcTestUser) {
  await page.getByLabel('Username').fill(user.login);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a newcomer signs in through the identity provider and lands in the panel as a new applicant', async ({ page, context }) => {
  const user = OIDC_USERS.newcomer;
  await page.goto('/pl/sign-in');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: pl.oidc.otherWays, level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);

  await startAtProvider(page);
  await logInAtProvider(page, user);
  await expect(accountHeading(page)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/pl/account');
  await expect(page.getByText(user.email, { exact: true })).toBeVisible();
  await expect(page.getByText(pl.roles.applicant, { exact: true })).toBeVisible();
  // The account page lists the linked service; as the only way in, it cannot be unlinked.
  await expect(page.getByRole('heading', { name: pl.account.identities.title, level: 2 })).toBeVisible();
  await expect(page.getByText(OIDC_LABEL, { exact: true })).toBeVisible();
  await expect(page.getByText(pl.account.identities.lastWay)).toBeVisible();
  await expect(page.getByRole('button', { name: pl.account.identities.unlink.replace('{provider}', OIDC_LABEL) })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The account has no password: the password sign-in refuses it like any wrong password.
  await signOut(page);
  await page.goto('/pl/sign-in');
  await hydrated(page);
  await page.getByLabel(pl.auth.signIn.email).fill(user.email);
  await page.getByLabel(pl.auth.signIn.password).fill('any-password-at-all');
  await page.getByRole('button', { name: pl.auth.signIn.submit }).click();
  await expect(alert(page, pl.auth.signIn.invalid_credentials)).toBeVisible();

  // Later sign-ins with the same subject go straight in, to the same account (new provider session included).
  await context.clearCookies();
  await startAtProvider(page);
  await logInAtProvider(page, user);
  await expect(accountHeading(page)).toBeVisible();
  await expect(page.getByText(user.email, { exact: true })).toBeVisible();
});

test('the demo applicant links the provider identity by proving the Pobyt password once', async ({ page, context }) => {
  const user = OIDC_USERS.applicant;
  await startAtProvider(page);
  await logInAtProvider(page, user);

  // Not signed in, not linked: the link page asks for the existing account's password.
  await expect(page.getByRole('heading', { name: pl.oidc.link.title, level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/pl/sign-in/link');
  expect(page.url()).not.toContain('applicant');
  await expect(page.getByText(user.email)).toBeVisible();
  const pending = (await context.cookies()).find((c) => c.name === 'pobyt.oidc-link');
  expect(pending?.httpOnly).toBe(true);
  expect(pending?.value).not.toContain('applicant');
  await hydrated(page);
  await expectNoAxeViolations(page);

  // Nothing is signed in before the proof.
  expect((await (await page.request.get('/api/auth/session')).json()) ?? {}).toEqual({});

  await page.getByLabel(pl.oidc.link.password).fill('Not-The-Password-2026');
  await page.getByRole('button', { name: pl.oidc.link.submit }).click();
  await expect(alert(page, pl.oidc.link.wrongPassword)).toBeVisible();
  await expect(page.getByRole('heading', { name: pl.oidc.link.title, level: 1 })).toBeVisible();

  // An empty submit is caught by the form itself.
  await page.getByRole('button', { name: pl.oidc.link.submit }).click();
  await expect(page.getByRole('link', { name: pl.validation.required })).toBeVisible();

  await page.getByLabel(pl.oidc.link.password).fill('Applicant-Demo-2026');
  await page.getByRole('button', { name: pl.oidc.link.submit }).click();
  await expect(accountHeading(page)).toBeVisible();
  await expect(page.getByText('applicant@pobyt.test', { exact: true })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'pobyt.oidc-link')).toBeUndefined();

  // From now on the provider alone signs in, with the account's own role.
  await signOut(page);
  await context.clearCookies();
  await startAtProvider(page);
  await logInAtProvider(page, user);
  await expect(accountHeading(page)).toBeVisible();
  await expect(page.getByText('applicant@pobyt.test', { exact: true })).toBeVisible();
  await expect(page.getByText(pl.roles.applicant, { exact: true })).toBeVisible();

  // The account has a password, so the link can be removed with it; the provider then needs the password again.
  await hydrated(page);
  const unlink = page.getByRole('button', { name: pl.account.identities.unlink.replace('{provider}', OIDC_LABEL) });
  await page.getByLabel(pl.account.identities.password).fill('Wrong-Password-2026');
  await unlink.click();
  await expect(page.getByText(pl.validation.password_wrong)).toBeVisible();
  await page.getByLabel(pl.account.identities.password).fill('Applicant-Demo-2026');
  await unlink.click();
  await expect(page.getByRole('heading', { name: pl.account.identities.title, level: 2 })).toHaveCount(0);
  await signOut(page);
  await context.clearCookies();
  await startAtProvider(page);
  await logInAtProvider(page, user);
  await expect(page.getByRole('heading', { name: pl.oidc.link.title, level: 1 })).toBeVisible();
});

test('refusals: an unverified e-mail of an existing account, a staff account', async ({ page, context }) => {
  await startAtProvider(page);
  await logInAtProvider(page, OIDC_USERS.unverified);
  await expect(alert(page, pl.errors.oidc_email_unverified)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/pl/sign-in');
  await expect(page.getByRole('heading', { name: pl.oidc.link.title })).toHaveCount(0);

  await context.clearCookies();
  await startAtProvider(page);
  await logInAtProvider(page, OIDC_USERS.clerk);
  await expect(alert(page, pl.errors.oidc_staff)).toBeVisible();
  expect((await (await page.request.get('/api/auth/session')).json()) ?? {}).toEqual({});
});

test('provider errors show a translated message: cancelled in Ukrainian, a forged state', async ({ page, context }) => {
  await startAtProvider(page, uk, 'uk');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(alert(page, uk.errors.oidc_failed)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/uk/sign-in');

  // A callback that did not start here (no state or PKCE cookies): refused, nobody signed in.
  await context.clearCookies();
  await page.goto('/api/auth/callback/oidc?code=forged-code&state=forged-state');
  await expect(alert(page, pl.errors.oidc_failed)).toBeVisible();
  expect((await (await page.request.get('/api/auth/session')).json()) ?? {}).toEqual({});
});

test('the link page without a pending link says so and leads back to sign-in', async ({ page }) => {
  await page.goto('/pl/sign-in/link');
  await expect(page.getByText(pl.oidc.link.expired)).toBeVisible();
  await expect(page.getByLabel(pl.oidc.link.password)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: pl.oidc.link.backToSignIn }).click();
  await expect(page.getByRole('heading', { name: pl.auth.signIn.title, level: 1 })).toBeVisible();
});

import { expect, test, type Page } from './support/fixtures';
import en from '../messages/en.json';
import pl from '../messages/pl.json';
import { linkIn, waitForMail } from './support/mail';
import { expectNoAxeViolations } from './support/axe';
import { signedInHome } from './support/session';

/** Typing before React hydrates would be reset by the form library. */
const hydrated = (page: Page) => expect(page.locator('html[data-hydrated]')).toHaveCount(1);
/** Registration and reset requests carry a proof of work, solved in the background. */
const powSolved = (page: Page) => expect(page.locator('[data-pow-state="done"]')).toBeVisible({ timeout: 20_000 });

async function signInAs(page: Page, email: string, password: string) {
  await page.goto('/pl/sign-in');
  await signIn(page, pl, email, password);
  await expect(signedInHome(page)).toBeVisible();
}

const unique = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
const GOOD_PASSWORD = 'zielony-most-nad-odra';

async function fillRegistration(page: Page, m: typeof en, values: { email: string; password: string; employer?: { company: string; nip: string } }) {
  await hydrated(page);
  if (values.employer) {
    await page.getByLabel(m.auth.register.employer).check();
    await page.getByLabel(m.auth.register.companyName).fill(values.employer.company);
    await page.getByLabel(m.auth.register.nip, { exact: true }).fill(values.employer.nip);
  }
  // Ticked first: leaving a field validates it, and a new error message shifts the layout under the pointer.
  await page.getByRole('checkbox').check();
  await page.getByLabel(m.auth.register.email).fill(values.email);
  await page.getByLabel(m.auth.register.password).fill(values.password);
  await powSolved(page);
  await page.getByRole('button', { name: m.auth.register.submit }).click();
}

async function signIn(page: Page, m: typeof en, email: string, password: string) {
  await hydrated(page);
  await page.getByLabel(m.auth.signIn.email).fill(email);
  await page.getByLabel(m.auth.signIn.password).fill(password);
  await page.getByRole('button', { name: m.auth.signIn.submit }).click();
}

test('an applicant registers, verifies the e-mail from the delivered mail, signs in and out', async ({ page }) => {
  const email = unique('anna');
  await page.goto('/pl/register');
  await fillRegistration(page, pl, { email, password: GOOD_PASSWORD });
  await expect(page.getByRole('heading', { name: pl.auth.register.successTitle })).toBeVisible();

  // Before verification the sign-in is refused with an offer to resend.
  await page.goto('/pl/sign-in');
  await signIn(page, pl, email, GOOD_PASSWORD);
  await expect(page.getByRole('alert').filter({ hasText: pl.auth.signIn.unverified })).toBeVisible();
  await expect(page.getByRole('button', { name: pl.auth.signIn.resend })).toBeVisible();

  const mail = await waitForMail(email);
  expect(mail.subject).toBe(pl.emails.verifyEmail.subject);
  await page.goto(linkIn(mail));
  await page.getByRole('button', { name: pl.auth.verify.submit }).click();
  await expect(page.getByText(pl.auth.signIn.verifiedNotice)).toBeVisible();

  await signIn(page, pl, email, GOOD_PASSWORD);
  await expect(page.getByRole('heading', { name: pl.account.title, level: 1 })).toBeVisible();
  await expect(page.getByText(email).first()).toBeVisible();

  await page.getByRole('button', { name: pl.nav.signOut }).click();
  await expect(page.getByRole('link', { name: pl.nav.signIn })).toBeVisible();
  await page.goto('/pl/account');
  await expect(page).toHaveURL(/\/pl\/sign-in/);
});

test('a verification link works once only', async ({ page }) => {
  const email = unique('once');
  await page.goto('/en/register');
  await fillRegistration(page, en, { email, password: GOOD_PASSWORD });
  await expect(page.getByRole('heading', { name: en.auth.register.successTitle })).toBeVisible();
  const link = linkIn(await waitForMail(email));
  await page.goto(link);
  await page.getByRole('button', { name: en.auth.verify.submit }).click();
  await expect(page.getByText(en.auth.signIn.verifiedNotice)).toBeVisible();
  await page.goto(link);
  await page.getByRole('button', { name: en.auth.verify.submit }).click();
  await expect(page.getByRole('alert').filter({ hasText: en.errors.token_used })).toBeVisible();
});

test.describe('registration refuses bad input with translated field errors and creates nothing', () => {
  test('an e-mail that already has an account: the page does not tell, the owner is told by mail', async ({ page }) => {
    await page.goto('/en/register');
    await fillRegistration(page, en, { email: 'applicant@pobyt.test', password: GOOD_PASSWORD });
    // The same answer as for a new address: the page must not reveal who has an account.
    await expect(page.getByRole('heading', { name: en.auth.register.successTitle })).toBeVisible();
    const mail = await waitForMail('applicant@pobyt.test', (m) => m.subject === pl.emails.registerAttempt.subject);
    expect(mail.text).not.toContain('token=');
    // The demo account is untouched: its own password still signs in.
    await signInAs(page, 'applicant@pobyt.test', 'Applicant-Demo-2026');
  });

  test('a common or short password', async ({ page }) => {
    const email = unique('weak');
    await page.goto('/en/register');
    await fillRegistration(page, en, { email, password: 'short' });
    await expect(page.locator('#register-password-error')).toHaveText(en.validation.password_too_short);
    await page.getByLabel(en.auth.register.password).fill('qwerty123456');
    await page.getByRole('button', { name: en.auth.register.submit }).click();
    await expect(page.locator('#register-password-error')).toHaveText(en.validation.password_common);
    // Nothing was saved: the same address can still register.
    await page.getByLabel(en.auth.register.password).fill(GOOD_PASSWORD);
    await powSolved(page);
    await page.getByRole('button', { name: en.auth.register.submit }).click();
    await expect(page.getByRole('heading', { name: en.auth.register.successTitle })).toBeVisible();
  });

  test('an employer with an invalid NIP', async ({ page }) => {
    const email = unique('firma');
    await page.goto('/pl/register');
    await fillRegistration(page, pl, { email, password: GOOD_PASSWORD, employer: { company: 'Budimex Test', nip: '123-456-32-19' } });
    await expect(page.locator('#register-nip-error')).toHaveText(pl.validation.nip_checksum);
    await expect(page.getByRole('link', { name: pl.validation.nip_checksum })).toBeVisible();
    await page.getByLabel(pl.auth.register.nip, { exact: true }).fill('123-456-32-18');
    await page.getByRole('button', { name: pl.auth.register.submit }).click();
    await expect(page.getByRole('heading', { name: pl.auth.register.successTitle })).toBeVisible();
  });
});

test('staff pages are refused to an applicant', async ({ page }) => {
  await signInAs(page, 'applicant@pobyt.test', 'Applicant-Demo-2026');
  for (const path of ['/pl/staff', '/pl/staff/users', '/pl/staff/outbox']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: pl.errors.forbiddenTitle })).toBeVisible();
    await expect(page.getByRole('heading', { name: pl.staff.users.title })).toHaveCount(0);
  }
});

test('an admin creates a staff account, and the new clerk sets a password from the e-mail', async ({ page }) => {
  const email = unique('inspektor');
  await signInAs(page, 'admin@pobyt.test', 'Admin-Demo-2026!');
  await page.goto('/pl/staff/users');
  await hydrated(page);
  await page.getByLabel(pl.staff.users.name).fill('Jan Inspektor');
  await page.getByLabel(pl.staff.users.email).fill(email);
  await page.getByLabel(pl.roles.clerk).check();
  await page.getByRole('button', { name: pl.staff.users.create }).click();
  await expect(page.getByRole('status')).toContainText(email);
  await expect(page.getByRole('cell', { name: email })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: pl.nav.signOut }).click();
  await expect(page.getByRole('link', { name: pl.nav.signIn })).toBeVisible();
  const mail = await waitForMail(email);
  await page.goto(linkIn(mail));
  await hydrated(page);
  await page.getByLabel(pl.auth.reset.password, { exact: true }).fill(GOOD_PASSWORD);
  await page.getByLabel(pl.auth.reset.confirm).fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: pl.auth.reset.submit }).click();
  await expect(page.getByText(pl.auth.signIn.resetNotice)).toBeVisible();
  // Staff land where they work: the staff panel, not the account page.
  await signIn(page, pl, email, GOOD_PASSWORD);
  await expect(page.getByRole('heading', { name: pl.staff.title, level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/pl/staff');
});

test('the language switch keeps the page', async ({ page }) => {
  await page.goto('/pl/forgot-password');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/\/uk\/forgot-password$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/forgot-password$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.auth.forgot.title);
});

test('unknown pages get a translated 404', async ({ page }) => {
  const response = await page.goto('/en/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: en.errors.notFoundTitle })).toBeVisible();
});

test('/ redirects by the browser language, falling back to Polish', async ({ request }) => {
  for (const [header, locale] of [['ru-RU,ru;q=0.9,en;q=0.5', 'ru'], ['uk', 'uk'], ['en-GB', 'en'], ['de-DE,fr;q=0.8', 'pl']]) {
    const response = await request.get('/', { headers: { 'accept-language': header! }, maxRedirects: 0 });
    expect(response.status(), header).toBeGreaterThanOrEqual(300);
    expect(response.headers()['location'], header).toMatch(new RegExp(`/${locale}$`));
  }
});

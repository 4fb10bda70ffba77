import { expect, test, type Page } from './support/fixtures';
import pl from '../messages/pl.json';
import { fillMessage, hydrated, signInAs } from './support/session';
import { linkIn, waitForMail } from './support/mail';
import { expectNoAxeViolations } from './support/axe';

const PASSWORD = 'szary-kamien-przy-drodze';
const unique = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

/** A clerk of this test's own (the demo clerk stays usable for the other specs whatever happens here). */
async function newClerk(admin: Page, clerk: Page, name: string): Promise<string> {
  const email = unique('clerk');
  await admin.goto('/pl/staff/users');
  await hydrated(admin);
  await admin.getByLabel(pl.staff.users.name).fill(name);
  await admin.getByLabel(pl.staff.users.email).fill(email);
  await admin.getByLabel(pl.roles.clerk).check();
  await admin.getByRole('button', { name: pl.staff.users.create }).click();
  await expect(admin.getByRole('status')).toContainText(email);
  await clerk.goto(linkIn(await waitForMail(email)));
  await hydrated(clerk);
  await clerk.getByLabel(pl.auth.reset.password, { exact: true }).fill(PASSWORD);
  await clerk.getByLabel(pl.auth.reset.confirm).fill(PASSWORD);
  await clerk.getByRole('button', { name: pl.auth.reset.submit }).click();
  await expect(clerk.getByText(pl.auth.signIn.resetNotice)).toBeVisible();
  return email;
}

/** Who next-auth's own route handler says is signed in, with this browser's cookies. */
async function sessionUserId(page: Page): Promise<string | undefined> {
  const body = (await (await page.request.get('/api/auth/session')).json()) as { user?: { id?: string } } | null;
  return body?.user?.id;
}

// Short: the admin's action clears this server's cache, so the refusal is immediate, not up to 30 s later.
async function expectRefused(clerk: Page) {
  await expect(clerk.getByRole('heading', { name: pl.auth.signIn.title, level: 1 })).toBeVisible({ timeout: 5_000 });
  await expect(clerk).toHaveURL(/\/pl\/sign-in/);
  await expect(clerk.getByRole('heading', { name: pl.staff.title, level: 1 })).toHaveCount(0);
}

test('an admin disables a clerk: the clerk’s open session is refused on its next request; enabled again, the clerk signs in anew', async ({ page: clerk, browser, baseURL }) => {
  const adminContext = await browser.newContext({ baseURL, locale: 'pl-PL' });
  const admin = await adminContext.newPage();
  await signInAs(admin, 'admin@pobyt.test', 'Admin-Demo-2026!');
  const name = `Inspektor Sesja ${Date.now()}`;
  const email = await newClerk(admin, clerk, name);

  await signInAs(clerk, email, PASSWORD);
  await clerk.goto('/pl/staff');
  await expect(clerk.getByRole('heading', { name: pl.staff.title, level: 1 })).toBeVisible();
  // Route handlers are bundled apart from pages; this one now knows the session too.
  expect(await sessionUserId(clerk)).toBeTruthy();

  // The admin's own row offers nothing to act on.
  await admin.goto('/pl/staff/users');
  await hydrated(admin);
  const own = admin.getByRole('row').filter({ hasText: 'admin@pobyt.test' });
  await expect(own.getByText(pl.staff.users.yourself)).toBeVisible();
  await expect(own.getByRole('button')).toHaveCount(0);

  // Disabling asks once more; the question takes the keyboard focus, Enter confirms.
  const row = admin.getByRole('row').filter({ hasText: email });
  await row.getByRole('button', { name: pl.staff.users.disable, exact: true }).click();
  await expect(row.getByText(fillMessage(pl.staff.users.confirmDisable, { name }))).toBeVisible();
  const yes = row.getByRole('button', { name: pl.staff.users.confirmDisableYes });
  await expect(yes).toBeFocused();
  await expectNoAxeViolations(admin);
  await admin.keyboard.press('Enter');
  await expect(row.getByRole('status')).toHaveText(fillMessage(pl.staff.users.disabledDone, { name }));
  await expect(row.getByRole('cell', { name: pl.staff.users.disabled, exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: pl.staff.users.enable, exact: true })).toBeVisible();
  await expectNoAxeViolations(admin);

  // The clerk's next request ends the session, in a route handler (e.g. a PDF download) as on a page:
  // a link inside the staff pages ends at sign-in; so does a reload.
  expect(await sessionUserId(clerk)).toBeUndefined();
  await clerk.getByRole('navigation', { name: pl.staff.nav.label }).getByRole('link', { name: pl.staff.nav.cases, exact: true }).click();
  await expectRefused(clerk);
  await clerk.goto('/pl/staff');
  await expectRefused(clerk);
  // A disabled account cannot sign in again either.
  await hydrated(clerk);
  await clerk.getByLabel(pl.auth.signIn.email).fill(email);
  await clerk.getByLabel(pl.auth.signIn.password).fill(PASSWORD);
  await clerk.getByRole('button', { name: pl.auth.signIn.submit, exact: true }).click();
  await expect(clerk.getByRole('alert').filter({ hasText: pl.auth.signIn.invalid_credentials })).toBeVisible();
  await expect(clerk.getByRole('heading', { name: pl.account.title, level: 1 })).toHaveCount(0);

  await row.getByRole('button', { name: pl.staff.users.enable, exact: true }).click();
  await expect(row.getByRole('status')).toHaveText(fillMessage(pl.staff.users.enabledDone, { name }));
  await expect(row.getByRole('cell', { name: pl.staff.users.active, exact: true })).toBeVisible();

  // Enabling does not revive the old session; a fresh sign-in works.
  await clerk.goto('/pl/staff');
  await expectRefused(clerk);
  await signInAs(clerk, email, PASSWORD);
  await clerk.goto('/pl/staff');
  await expect(clerk.getByRole('heading', { name: pl.staff.title, level: 1 })).toBeVisible();
  await adminContext.close();
});

test('an admin changes a clerk’s role: the role shows on the list and the clerk’s session ends', async ({ page: clerk, browser, baseURL }) => {
  const adminContext = await browser.newContext({ baseURL, locale: 'pl-PL' });
  const admin = await adminContext.newPage();
  await signInAs(admin, 'admin@pobyt.test', 'Admin-Demo-2026!');
  const name = `Inspektor Rola ${Date.now()}`;
  const email = await newClerk(admin, clerk, name);
  await signInAs(clerk, email, PASSWORD);
  await clerk.goto('/pl/staff');
  await expect(clerk.getByRole('heading', { name: pl.staff.title, level: 1 })).toBeVisible();

  await admin.goto('/pl/staff/users');
  await hydrated(admin);
  const row = admin.getByRole('row').filter({ hasText: email });
  await row.getByLabel(pl.staff.users.newRole).selectOption('reception');
  await row.getByRole('button', { name: pl.staff.users.changeRole }).click();
  await expect(row.getByRole('status')).toHaveText(fillMessage(pl.staff.users.roleChanged, { name, role: pl.roles.reception }));
  await expect(row.getByRole('cell', { name: pl.roles.reception, exact: true })).toBeVisible();

  await clerk.reload();
  await expectRefused(clerk);
  await adminContext.close();
});

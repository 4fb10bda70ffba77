import { expect, type Page } from '@playwright/test';
import pl from '../../messages/pl.json';

/** Typing before React hydrates would be reset by the form library. */
export const hydrated = (page: Page) => expect(page.locator('html[data-hydrated]')).toHaveCount(1);

export async function signInAs(page: Page, email: string, password: string) {
  await page.goto('/pl/sign-in');
  await hydrated(page);
  await page.getByLabel(pl.auth.signIn.email).fill(email);
  await page.getByLabel(pl.auth.signIn.password).fill(password);
  await page.getByRole('button', { name: pl.auth.signIn.submit, exact: true }).click();
  await expect(signedInHome(page)).toBeVisible();
}

/** Where a plain sign-in lands: applicants on their account page, staff in the staff panel. */
export const signedInHome = (page: Page) =>
  page.getByRole('heading', { name: pl.account.title, level: 1 }).or(page.getByRole('heading', { name: pl.staff.title, level: 1 }));

export async function signOut(page: Page) {
  await page.getByRole('button', { name: pl.nav.signOut }).click();
  await expect(page.getByRole('link', { name: pl.nav.signIn })).toBeVisible();
}

/** A message with its {placeholders} filled in, to match what the page shows. */
export const fillMessage = (message: string, values: Record<string, string | number>) => message.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

import { expect, test } from './support/fixtures';
import pl from '../messages/pl.json';
import { hydrated, signInAs, signOut } from './support/session';
import { pdfText } from './support/pdf';
import { expectNoAxeViolations } from './support/axe';

test('the audit log shows a clerk printing a case letter and opening the case, and the holder changing notification settings, with ids only', async ({ page }) => {
  const email = `audit-${Date.now()}@example.com`;
  const name = 'Mariia Bondarenko';
  const phone = '+48 600 700 900';
  await signInAs(page, 'clerk@pobyt.test', 'Clerk-Demo-2026');
  await page.goto('/pl/staff/cases/new');
  await hydrated(page);
  await page.getByLabel(pl.cases.staff.formType).selectOption('1');
  await page.getByLabel(pl.cases.staff.applicantName).fill(name);
  await page.getByLabel(pl.cases.staff.contactEmail).fill(email);
  await page.getByLabel(pl.cases.staff.contactPhone).fill(phone);
  await page.getByLabel(pl.cases.staff.noticeLanguage).selectOption('pl');
  await page.getByLabel(pl.cases.staff.notifyConsent).check();
  await page.getByRole('button', { name: pl.cases.staff.register }).click();
  await expect(page.getByText(pl.cases.staff.credentialsIntro)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: pl.cases.staff.printLetter }).click();
  const letter = await pdfText(await downloading);
  const number = /WSC-\d{4}-\d{6}/.exec(letter)![0];
  const password = /\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b/.exec(letter)![0];

  await page.getByRole('link', { name: pl.cases.staff.openCase.replace('{number}', number) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl.cases.staff.caseHeading.replace('{number}', number));
  const caseId = /\/staff\/cases\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await signOut(page);

  // The holder, signed in with the case number, turns off SMS.
  await page.goto('/pl/case/sign-in');
  await hydrated(page);
  await page.getByLabel(pl.cases.signIn.number).fill(number);
  await page.getByLabel(pl.cases.signIn.password).fill(password);
  await page.getByRole('button', { name: pl.cases.signIn.submit }).click();
  // The settings form posts natively if clicked before React hydrates it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl.cases.holder.title.replace('{number}', number));
  await hydrated(page);
  await page.getByLabel(pl.cases.holder.notifySms).uncheck();
  await page.getByRole('button', { name: pl.cases.holder.saveSettings }).click();
  await expect(page.getByText(pl.cases.holder.settingsSaved)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().clearCookies();

  await signInAs(page, 'admin@pobyt.test', 'Admin-Demo-2026!');
  await page.goto(`/pl/staff/audit?entity=${caseId}`);
  const table = page.getByRole('table');
  const row = (action: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: action, exact: true }) });
  await expect(row('case.letter_download')).toHaveCount(1);
  await expect(row('case.letter_download').getByRole('cell', { name: 'clerk@pobyt.test', exact: true })).toBeVisible();
  await expect(row('case.open').first().getByRole('cell', { name: 'clerk@pobyt.test', exact: true })).toBeVisible();
  await expect(row('case.notification_settings')).toHaveCount(1);
  await expect(row('case.notification_settings')).toContainText('"sms":false');
  await expect(row('case.notification_settings')).toContainText('"via":"case_password"');
  // The log names the case by its id: nothing personal and not the password.
  for (const personal of [name, email, phone, phone.replace(/ /g, ''), password]) await expect(table).not.toContainText(personal);
  await expectNoAxeViolations(page);
});

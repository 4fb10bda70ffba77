import { expect, test } from './support/fixtures';
import pl from '../messages/pl.json';
import uk from '../messages/uk.json';
import { hydrated, signInAs, signOut } from './support/session';
import { pdfText } from './support/pdf';
import { waitForMail } from './support/mail';
import { expectNoAxeViolations } from './support/axe';

test('a clerk registers a case and prints the letter; the holder follows it; notices carry no personal data', async ({ page }) => {
  const email = `holder-${Date.now()}@example.com`;
  await signInAs(page, 'clerk@pobyt.test', 'Clerk-Demo-2026');
  await page.goto('/pl/staff/cases/new');
  await hydrated(page);
  await page.getByLabel(pl.cases.staff.formType).selectOption('1');
  await page.getByLabel(pl.cases.staff.applicantName).fill('Olena Kovalenko');
  await page.getByLabel(pl.cases.staff.contactEmail).fill(email);
  await page.getByLabel(pl.cases.staff.contactPhone).fill('+48 600 700 800');
  await page.getByLabel(pl.cases.staff.noticeLanguage).selectOption('uk');
  await page.getByLabel(pl.cases.staff.notifyConsent).check();
  await page.getByRole('button', { name: pl.cases.staff.register }).click();
  await expect(page.getByText(pl.cases.staff.credentialsIntro)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: pl.cases.staff.printLetter }).click();
  const letter = await pdfText(await downloading);
  const number = /WSC-\d{4}-\d{6}/.exec(letter)?.[0];
  const password = /\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b/.exec(letter)?.[0];
  expect(number, 'case number in the letter').toBeTruthy();
  expect(password, 'password in the letter').toBeTruthy();
  expect(letter).toContain('Dolnośląski Urząd Wojewódzki');

  // The clerk moves the case on and lists a missing document with a remark.
  await page.getByRole('link', { name: pl.cases.staff.openCase.replace('{number}', number!) }).click();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl.cases.staff.caseHeading.replace('{number}', number!));
  // The letter is not lost when the page with the password is left: the registering clerk may print it again for a while.
  const reprinting = page.waitForEvent('download');
  await page.getByRole('button', { name: pl.cases.staff.reprint }).click();
  expect(await pdfText(await reprinting)).toContain(password!);
  // The stage select starts at "— choose —"; a change asks first, then says what changed and starts again.
  const stageSelect = page.getByLabel(pl.cases.staff.newStage);
  await expect(stageSelect).toHaveValue('');
  await stageSelect.selectOption('formal_check');
  await page.getByLabel(pl.cases.staff.note, { exact: true }).fill('Wniosek kompletny');
  await page.getByRole('button', { name: pl.cases.staff.changeStage }).click();
  const formalCheck = pl.stages.list.formal_check.name;
  const yes = page.getByRole('button', { name: pl.cases.staff.confirmStageYes.replace('{to}', formalCheck) });
  await expect(yes).toBeFocused();
  await expectNoAxeViolations(page);
  // "No" changes nothing.
  await page.getByRole('button', { name: pl.cases.staff.confirmStageNo }).click();
  await expect(page.getByRole('cell', { name: formalCheck })).toHaveCount(0);
  await stageSelect.selectOption('formal_check');
  await page.getByRole('button', { name: pl.cases.staff.changeStage }).click();
  await yes.click();
  await expect(page.getByRole('status').filter({ hasText: pl.cases.staff.stageChanged.replace('{from}', pl.stages.list.registered.name).replace('{to}', formalCheck) })).toBeVisible();
  await expect(page.getByRole('cell', { name: formalCheck })).toBeVisible();
  await expect(page.getByLabel(pl.cases.staff.newStage)).toHaveValue('');
  await page.getByLabel(pl.cases.staff.documentTitle, { exact: true }).fill('Umowa najmu mieszkania');
  await page.getByLabel(pl.cases.staff.documentRemark).fill('Kopia poświadczona za zgodność z oryginałem');
  await page.getByRole('button', { name: pl.cases.staff.addDocument }).click();
  await expect(page.getByText('Umowa najmu mieszkania', { exact: true })).toBeVisible();
  // A document from the standard list needs no typing, and the holder reads it in their own language.
  await page.getByLabel(pl.cases.staff.documentKind, { exact: true }).selectOption('health_insurance');
  await expect(page.getByLabel(pl.cases.staff.documentTitle, { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: pl.cases.staff.addDocument }).click();
  await expect(page.getByRole('listitem').getByText(pl.missingDocuments.health_insurance, { exact: true })).toBeVisible();
  // A summons names the day to answer by: without it the change is refused with the field named.
  await stageSelect.selectOption('summons_formal_defects');
  await page.getByRole('button', { name: pl.cases.staff.changeStage }).click();
  await expect(page.getByLabel(pl.cases.staff.dueDate)).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(pl.cases.staff.dueDate).fill('2099-01-10');
  await page.getByRole('button', { name: pl.cases.staff.changeStage }).click();
  await page.getByRole('button', { name: pl.cases.staff.confirmStageYes.replace('{to}', pl.stages.list.summons_formal_defects.name) }).click();
  await expect(page.getByRole('cell', { name: pl.stages.list.summons_formal_defects.name })).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  // The holder signs in with the number and password from the letter.
  await page.goto('/uk/case/sign-in');
  await hydrated(page);
  await page.getByLabel(uk.cases.signIn.number).fill(number!.toLowerCase());
  await page.getByLabel(uk.cases.signIn.password).fill(password!);
  await page.getByRole('button', { name: uk.cases.signIn.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uk.cases.holder.title.replace('{number}', number!));
  await expect(page.getByText(uk.cases.holder.notSummons)).toBeVisible();
  const history = page.getByRole('region', { name: uk.cases.holder.history });
  await expect(history.getByText(uk.stages.list.registered.name)).toBeVisible();
  await expect(history.getByText(uk.stages.list.formal_check.name)).toBeVisible();
  await expect(page.getByText('Olena Kovalenko')).toHaveCount(0);
  // The summons' deadline, with the current stage and in the history.
  const answerBy = uk.cases.holder.answerBy.replace('{date}', new Intl.DateTimeFormat('uk', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2099-01-10T12:00:00Z')));
  await expect(page.getByRole('region', { name: uk.cases.holder.currentStage }).getByText(answerBy)).toBeVisible();
  await expect(history.getByText(answerBy)).toBeVisible();

  const docs = page.getByRole('region', { name: uk.cases.holder.missingDocuments });
  await expect(docs.getByText(uk.missingDocuments.health_insurance, { exact: true })).toBeVisible();
  // The clerk's own words stay as written, and say so.
  await expect(docs.getByRole('listitem').filter({ hasText: 'Umowa najmu mieszkania' }).getByText(uk.cases.holder.clerkWords).first()).toBeVisible();
  await expect(docs.getByText('Umowa najmu mieszkania', { exact: true })).toBeVisible();
  // The (!) button says in words what it opens, and for which document.
  // (The document's name is visually hidden, so browsers may put a space before its colon.)
  const named = (words: string) => new RegExp(`^${words}\\s?: Umowa najmu mieszkania$`);
  const remark = docs.getByRole('button', { name: named(uk.cases.holder.remarkShow) });
  await expect(remark).toHaveAttribute('aria-expanded', 'false');
  await remark.click();
  const opened = docs.getByRole('button', { name: named(uk.cases.holder.remarkHide) });
  await expect(opened).toHaveAttribute('aria-expanded', 'true');
  await expect(docs.getByText('Kopia poświadczona za zgodność z oryginałem')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel(uk.cases.holder.notifySms).uncheck();
  await page.getByRole('button', { name: uk.cases.holder.saveSettings }).click();
  await expect(page.getByText(uk.cases.holder.settingsSaved)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(uk.cases.holder.notifySms)).not.toBeChecked();
  await expect(page.getByLabel(uk.cases.holder.notifyEmail)).toBeChecked();

  // The e-mail notice reached the SMTP server, in Ukrainian, with nothing personal in it.
  const notice = await waitForMail(email);
  const text = `${notice.subject}\n${notice.text}`;
  expect(notice.subject).toBe(uk.notices.subject);
  expect(text).not.toContain(number!);
  expect(text).not.toContain(number!.split('-')[2]!);
  expect(text).not.toContain('Kovalenko');
  expect(text).not.toContain(password!);
  expect(text).toContain('/uk/case');
});

test('a case holder and an applicant reach only their own case, and never staff pages', async ({ page, request }) => {
  // No session: the case page sends to the case sign-in.
  await page.goto('/pl/case');
  await expect(page).toHaveURL(/\/pl\/case\/sign-in$/);
  // A wrong password is refused with a translated message.
  await hydrated(page);
  await page.getByLabel(pl.cases.signIn.number).fill('WSC-2026-999999');
  await page.getByLabel(pl.cases.signIn.password).fill('AAAA-BBBB-CCCC');
  await page.getByRole('button', { name: pl.cases.signIn.submit }).click();
  await expect(page.getByRole('alert').filter({ hasText: pl.cases.signIn.invalid })).toBeVisible();

  // An applicant cannot open a case they have not linked, nor the clerk's pages, nor a letter.
  await signInAs(page, 'applicant@pobyt.test', 'Applicant-Demo-2026');
  const someone = '00000000-0000-4000-8000-000000000000';
  const res = await page.goto(`/pl/account/cases/${someone}`);
  expect(res?.status()).toBe(404);
  await page.goto('/pl/staff/cases');
  await expect(page.getByRole('heading', { name: pl.errors.forbiddenTitle })).toBeVisible();
  const letter = await page.request.post(`/api/staff/cases/${someone}/letter`, { form: { password: 'AAAA-BBBB-CCCC' } });
  expect(letter.status()).toBe(403);
  const anonymous = await request.post(`/api/staff/cases/${someone}/letter`, { form: { password: 'AAAA-BBBB-CCCC' } });
  expect(anonymous.status()).toBe(403);
});

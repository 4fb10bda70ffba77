import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './support/fixtures';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import pl from '../messages/pl.json';
import uk from '../messages/uk.json';
import { FORM_DEFINITIONS } from '../lib/forms/definitions';
import { formByNumber } from '../lib/forms/catalogue';
import { form01Fixture } from '../lib/forms/fixtures/form-01';
import { form08Fixture } from '../lib/forms/fixtures/form-08';
import { hydrated, signInAs, signOut } from './support/session';
import { expectSectionError, fillSection, saveAndContinue, text } from './support/forms';
import { dateInputs, fillDate, translate } from './support/form-fields';
import { pdfText } from './support/pdf';
import { expectNoAxeViolations } from './support/axe';

const form1 = FORM_DEFINITIONS.get(1)!;
const section = (def: typeof form1, id: string) => def.sections.find((s) => s.id === id)!;
const heading = (page: Page, m: object, key: string) => expect(page.getByRole('heading', { level: 1 })).toHaveText(text(m as never, key));

async function decodeQr(file: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-'));
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, path.join(dir, 'p')]);
  const png = PNG.sync.read(fs.readFileSync(path.join(dir, fs.readdirSync(dir)[0]!)));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
}

test('an applicant fills the temporary residence form in Ukrainian, fixes mistakes, resumes, submits and prints; a clerk compares it', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, 'applicant@pobyt.test', 'Applicant-Demo-2026');
  await page.goto('/uk/account/applications');
  await hydrated(page);
  await page.getByLabel(uk.forms.engine.whichForm).selectOption('1');
  await page.getByRole('button', { name: uk.forms.engine.start }).click();
  await expect(page.getByRole('heading', { name: uk.forms.engine.sections })).toBeVisible();
  await page.getByRole('link', { name: uk.formSections.personal }).click();
  await hydrated(page);
  await heading(page, uk, 'formSections.personal');
  await expectNoAxeViolations(page);

  // "Sex" left unselected: the section comes back with what was typed and the error, never an error page.
  const { sex: _sex, ...withoutSex } = form01Fixture.personal!;
  await fillSection(page, section(form1, 'personal'), withoutSex, uk);
  await saveAndContinue(page, uk);
  await expectSectionError(page, uk.validation.required);
  await heading(page, uk, 'formSections.personal');
  await expect(page.getByLabel(uk.formFields.personal.pesel.label)).toHaveValue(form01Fixture.personal!.pesel as string);
  await expect(page.getByText(uk.errors.unexpected)).toHaveCount(0);

  // A PESEL with a wrong check digit: a translated error at the field and in the summary.
  await fillSection(page, section(form1, 'personal'), { ...form01Fixture.personal!, pesel: '90051412344' }, uk);
  await saveAndContinue(page, uk);
  await expectSectionError(page, uk.validation.pesel_checksum);
  await expect(page.getByLabel(uk.formFields.personal.pesel.label)).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(uk.formFields.personal.pesel.label).fill(form01Fixture.personal!.pesel as string);
  await saveAndContinue(page, uk);

  // Dates are typed as day, month and year. A day February does not have, then a missing year:
  // each refused with a message that names the field, and the summary's link lands on the day.
  await heading(page, uk, 'formSections.document');
  await hydrated(page);
  const issueLabel = uk.formFields.document.issueDate.label;
  const issueDate = dateInputs(page, issueLabel, uk);
  await expect(issueDate.group).toContainText(uk.forms.engine.date.hint);
  await fillSection(page, section(form1, 'document'), form01Fixture.document!, uk);
  await fillDate(page, issueLabel, { day: '31', month: '2', year: '2020' }, uk);
  await saveAndContinue(page, uk);
  const impossible = text(uk, 'validation.named', { field: issueLabel, message: uk.validation.date_invalid });
  await expectSectionError(page, impossible);
  await expect(issueDate.day).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.locator('.error-summary').getByRole('link', { name: impossible }).click();
  await expect(issueDate.day).toBeFocused();
  await fillDate(page, issueLabel, { day: '10', month: '3', year: '' }, uk);
  await saveAndContinue(page, uk);
  await expectSectionError(page, text(uk, 'validation.named', { field: issueLabel, message: translate(uk, 'validation.date_incomplete', { missing: 'year' }) }));

  // An expired passport.
  await fillSection(page, section(form1, 'document'), { ...form01Fixture.document!, expiryDate: '2025-01-01' }, uk);
  await saveAndContinue(page, uk);
  await expectSectionError(page, uk.validation.passport_expired);
  await fillDate(page, uk.formFields.document.expiryDate.label, form01Fixture.document!.expiryDate as string, uk);
  await saveAndContinue(page, uk);

  for (const id of ['addressPl', 'currentStay', 'purpose', 'family', 'stayInPoland']) {
    await hydrated(page);
    await fillSection(page, section(form1, id), form01Fixture[id]!, uk);
    await saveAndContinue(page, uk);
  }

  // Overlapping trips.
  await heading(page, uk, 'formSections.trips');
  await hydrated(page);
  const overlapping = { hadTrips: 'yes', list: [{ country: 'UA', from: '2025-06-01', to: '2025-06-10', purpose: '' }, { country: 'DE', from: '2025-06-05', to: '2025-06-08', purpose: '' }] };
  await fillSection(page, section(form1, 'trips'), overlapping, uk);
  await saveAndContinue(page, uk);
  await expectSectionError(page, text(uk, 'validation.stays_overlap', { other: 1 }));
  await fillSection(page, section(form1, 'trips'), form01Fixture.trips!, uk);
  await saveAndContinue(page, uk);
  await heading(page, uk, 'formSections.means');

  // Leave, and resume the draft from "My applications".
  await page.goto('/uk/account/applications');
  await page.getByRole('link', { name: new RegExp(`^${text(uk, 'forms.number', { number: 1 })}:`) }).first().click();
  const tasks = page.getByRole('list').filter({ hasText: uk.formSections.personal });
  await expect(tasks.getByRole('listitem').filter({ hasText: uk.formSections.trips })).toContainText(uk.forms.engine.complete);
  await expect(tasks.getByRole('listitem').filter({ hasText: uk.formSections.means })).toContainText(uk.forms.engine.incomplete);
  await page.getByRole('link', { name: uk.formSections.means }).click();
  for (const id of ['means', 'insurance', 'background', 'statements']) {
    await hydrated(page);
    await fillSection(page, section(form1, id), form01Fixture[id]!, uk);
    await saveAndContinue(page, uk);
  }

  // Check your answers, with a change link for each.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uk.forms.engine.checkAnswers);
  await expect(page.getByText('KOVALENKO', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${uk.forms.engine.change} ${uk.formFields.personal.surname.label}`, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  // "Change" opens the section and, saved, comes back here rather than to the next section.
  await page.getByRole('link', { name: `${uk.forms.engine.change} ${uk.formFields.personal.surname.label}`, exact: true }).click();
  await heading(page, uk, 'formSections.personal');
  await hydrated(page);
  await saveAndContinue(page, uk);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uk.forms.engine.checkAnswers);
  await hydrated(page);
  await page.getByRole('button', { name: uk.forms.engine.submit }).click();
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toContainText(/W-[A-Z0-9]{4}-[A-Z0-9]{4}/);
  const code = /W-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await title.textContent()) ?? '')![0];
  // After submitting, the page says what happens next, with the way to the service card and to a visit.
  const next = page.getByRole('region', { name: uk.forms.engine.nextTitle });
  await expect(next.getByRole('link', { name: uk.forms.engine.nextServiceLink })).toHaveAttribute('href', `/uk/services/${form1.service}`);
  await expect(next.getByRole('link', { name: uk.forms.engine.nextVisitButton })).toBeVisible();
  // Where the stamp duty goes, with the office's account number.
  await expect(next).toContainText('82 1020 5226 0000 6102 0417 7895');

  const pdfHref = (await page.getByRole('link', { name: uk.forms.engine.downloadPdf }).getAttribute('href'))!;
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: uk.forms.engine.downloadPdf }).click();
  const download = await downloading;
  const pdf = await pdfText(download);
  expect(pdf).toContain(code);
  expect(pdf).toContain('Київ');
  expect(pdf).toContain('ul. Źródlana');
  // Citizenship, countries and the voivodeship were chosen from lists read in Ukrainian: the paper prints them in Polish.
  expect(pdf).toContain('Ukraina');
  expect(pdf).toContain('dolnośląskie');
  expect(pdf).not.toContain(uk.countries.UA);
  const qrUrl = await decodeQr(await download.path());
  expect(qrUrl).toMatch(new RegExp(`/pl/staff/compare/${code}/1$`));

  // The applicant cannot open the comparison view, nor anyone else's PDF.
  await page.goto(qrUrl);
  await expect(page.getByRole('heading', { name: pl.errors.forbiddenTitle })).toBeVisible();
  await page.goto('/pl');
  await signOut(page);

  // The clerk opens the comparison view from the QR URL, ticks fields, notes a difference and records it.
  await signInAs(page, 'clerk@pobyt.test', 'Clerk-Demo-2026');
  await page.goto(qrUrl);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(pl, 'forms.compare.heading', { code, version: 1 }));
  await expect(page.getByText(pl.forms.compare.isLatest)).toBeVisible();
  // Where the printout turns to page 2, the screen says so too.
  await expect(page.getByRole('cell', { name: text(pl, 'forms.compare.pageBreak', { page: 2 }) })).toBeVisible();
  // The clerk compares Polish with Polish: the citizenship chosen in Ukrainian reads "Ukraina" here too.
  const citizenshipRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '14. Obywatelstwo', exact: true }) });
  await expect(citizenshipRow.getByRole('cell').first()).toHaveText(pl.countries.UA);
  // A difference is noted first; "tick all" then ticks every row but that one.
  const flatMatches = page.getByRole('checkbox', { name: text(pl, 'forms.compare.matchesFor', { field: 'Nr mieszkania' }) });
  const flatNote = page.getByRole('textbox', { name: text(pl, 'forms.compare.noteFor', { field: 'Nr mieszkania' }) });
  await flatNote.fill('Na papierze: 5');
  await page.getByRole('button', { name: pl.forms.compare.tickAll }).click();
  await expect(flatMatches).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: text(pl, 'forms.compare.matchesFor', { field: '1. Nazwisko' }), exact: true }).first()).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: pl.forms.compare.record }).click();
  await expect(page.getByRole('status').filter({ hasText: pl.forms.compare.recordedDifferences })).toBeVisible();
  await expect(page.getByRole('region', { name: pl.forms.compare.history })).toContainText(pl.forms.compare.outcomeDifferences);

  // Reopened, the comparison shows its ticks and notes as they were recorded.
  await page.reload();
  await hydrated(page);
  await expect(flatNote).toHaveValue('Na papierze: 5');
  await expect(flatMatches).not.toBeChecked();
  // The keyboard works down the paper: focus starts on the first row; Enter ticks it and moves on.
  const checks = page.locator('.compare-check');
  await expect(checks.nth(0)).toBeFocused();
  await checks.nth(0).uncheck();
  await checks.nth(0).focus();
  await page.keyboard.press('Enter');
  await expect(checks.nth(0)).toBeChecked();
  await expect(checks.nth(1)).toBeFocused();

  // After "differences found", registering takes an explicit confirmation; then the application becomes a case, with its first letter.
  await expect(page.getByText(pl.cases.staff.differencesWarning)).toBeVisible();
  await expect(page.getByRole('button', { name: pl.cases.staff.registerFromApplication })).toBeDisabled();
  await page.getByLabel(pl.cases.staff.differencesAcknowledge).check();
  await page.getByRole('button', { name: pl.cases.staff.registerFromApplication }).click();
  await expect(page.getByText(pl.cases.staff.credentialsIntro)).toBeVisible();
  await expect(page.getByText(/WSC-\d{4}-\d{6}/).first()).toBeVisible();

  // Staff may print it; another applicant, or nobody signed in, gets 404.
  expect((await page.request.get(pdfHref)).status()).toBe(200);
  await page.goto('/pl');
  await signOut(page);
  expect((await page.request.get(pdfHref)).status()).toBe(404);
  await signInAs(page, 'employer@pobyt.test', 'Employer-Demo-2026');
  expect((await page.request.get(pdfHref)).status()).toBe(404);
});

/** Presses Tab until `target` has focus: proof that a keyboard user reaches it. */
async function tabTo(page: Page, target: ReturnType<Page['getByLabel']>) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('field not reachable by keyboard');
}

test('an employer fills the work permit with the keyboard only, with the company prefilled', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, 'employer@pobyt.test', 'Employer-Demo-2026');
  await page.goto('/pl/account/applications');
  await hydrated(page);
  const which = page.getByLabel(pl.forms.engine.whichForm);
  await tabTo(page, which);
  await which.selectOption('8'); // a native select: the keyboard equivalent is typing on it
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: pl.forms.engine.sections })).toBeVisible();

  const def = FORM_DEFINITIONS.get(8)!;
  await tabTo(page, page.getByRole('link', { name: pl.formSections.employer }));
  await page.keyboard.press('Enter');
  await hydrated(page);
  // Prefilled from the account.
  await expect(page.getByLabel(pl.formFields.employer.name.label)).toHaveValue('Przykładowa Spółka z o.o.');
  await expect(page.getByLabel(pl.formFields.employer.nip.label, { exact: true })).toHaveValue('5261040828');

  for (const s of def.sections) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(pl, s.title));
    await hydrated(page);
    const values = s.id === 'employer' ? { ...form08Fixture.employer, name: 'Przykładowa Spółka z o.o.', nip: '5261040828' } : form08Fixture[s.id]!;
    for (const f of s.fields) {
      if ('fields' in f) continue;
      const label = text(pl, `${f.text}.label`);
      const v = values[f.name];
      if (f.type === 'checkbox') {
        const box = page.getByRole('checkbox', { name: label, exact: true });
        await tabTo(page, box);
        if (v === true && !(await box.isChecked())) await page.keyboard.press('Space');
        continue;
      }
      if (typeof v !== 'string' || !v) continue;
      if (f.type === 'radio') {
        const radio = page.getByRole('radio', { name: text(pl, `${f.optionsText}.${v}`), exact: true });
        await radio.focus();
        await page.keyboard.press('Space');
        continue;
      }
      if (f.type === 'date') {
        // Day, Tab, month, Tab, year: the three inputs follow each other.
        await tabTo(page, dateInputs(page, label, pl).day);
        await page.keyboard.type(String(Number(v.slice(8, 10))));
        await page.keyboard.press('Tab');
        await page.keyboard.type(String(Number(v.slice(5, 7))));
        await page.keyboard.press('Tab');
        await page.keyboard.type(v.slice(0, 4));
        continue;
      }
      const input = page.getByLabel(label, { exact: true });
      await tabTo(page, input);
      if (f.type === 'select') {
        await input.selectOption(v);
        continue;
      }
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(v);
    }
    await tabTo(page, page.getByRole('button', { name: pl.forms.engine.saveContinue }));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl.forms.engine.checkAnswers);
  await hydrated(page);
  await tabTo(page, page.getByRole('button', { name: pl.forms.engine.submit }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/W-[A-Z0-9]{4}-[A-Z0-9]{4}/);
});

test('"Fill in this application" leads through sign-in back to the picker with that form chosen, named in the reader’s language', async ({ page }) => {
  await page.goto('/uk/forms/5');
  await page.getByRole('link', { name: uk.forms.fillIn }).click();
  await expect(page).toHaveURL(/\/uk\/sign-in\?/);
  await hydrated(page);
  await page.getByLabel(uk.auth.signIn.email).fill('applicant@pobyt.test');
  await page.getByLabel(uk.auth.signIn.password).fill('Applicant-Demo-2026');
  await page.getByRole('button', { name: uk.auth.signIn.submit, exact: true }).click();
  await expect(page).toHaveURL(/\/uk\/account\/applications\?form=5$/);
  const which = page.getByLabel(uk.forms.engine.whichForm);
  await expect(which).toHaveValue('5');
  const chosen = (await which.locator('option:checked').textContent()) ?? '';
  expect(chosen).not.toContain(formByNumber(5)!.officialName);

  // Without a form to go to, nothing is chosen for the person, and starting asks which.
  await page.goto('/uk/account/applications');
  await hydrated(page);
  await expect(which).toHaveValue('');
  await page.getByRole('button', { name: uk.forms.engine.start }).click();
  await expect(page.getByText(uk.validation.choose_form)).toBeVisible();
  await expect(which).toBeFocused();
  await expect(page).toHaveURL(/\/uk\/account\/applications$/);

  // A section sent empty: every summary entry names its field, so no two read the same.
  await which.selectOption('1');
  await page.getByRole('button', { name: uk.forms.engine.start }).click();
  await page.getByRole('link', { name: uk.formSections.personal }).click();
  await hydrated(page);
  await saveAndContinue(page, uk);
  const entries = await page.locator('.error-summary li').allTextContents();
  expect(entries.length).toBeGreaterThan(3);
  expect(new Set(entries).size).toBe(entries.length);
  expect(entries).toContain(text(uk, 'validation.named', { field: uk.formFields.personal.surname.label, message: uk.validation.required }));
  await expect(page.locator('#personal-sex-error')).toContainText(uk.formFields.personal.sex.label);
});

import { expect, test } from './support/fixtures';
import en from '../messages/en.json';
import uk from '../messages/uk.json';
import { hydrated, signInAs } from './support/session';
import { expectNoAxeViolations } from './support/axe';

const personal = (m: typeof en) => m.formFields.personal;

test('what an applicant typed survives a language switch, and a half-filled part is saved to come back to later', async ({ page }) => {
  await signInAs(page, 'applicant@pobyt.test', 'Applicant-Demo-2026');
  await page.goto('/en/account/applications');
  await hydrated(page);
  await page.getByLabel(en.forms.engine.whichForm).selectOption('1');
  await page.getByRole('button', { name: en.forms.engine.start }).click();
  await page.getByRole('link', { name: en.formSections.personal }).click();
  await hydrated(page);

  // Typed, not saved, then the language is switched in the middle of the part.
  await page.getByLabel(personal(en).surname.label, { exact: true }).fill('Kovalenko');
  await page.getByLabel(personal(en).givenNames.label, { exact: true }).fill('Olena Maria');
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/\/uk\/account\/applications\/[0-9a-f-]{36}\/section\/personal$/);
  await hydrated(page);
  await expect(page.getByLabel(personal(uk).surname.label, { exact: true })).toHaveValue('Kovalenko');
  await expect(page.getByLabel(personal(uk).givenNames.label, { exact: true })).toHaveValue('Olena Maria');
  await expect(page.getByRole('status').filter({ hasText: uk.forms.engine.restored })).toBeVisible();

  // Half-filled (required fields empty): "Save and come back later" keeps it as it is, with no errors.
  await page.getByRole('button', { name: uk.forms.engine.saveDraft }).click();
  await expect(page.getByRole('status').filter({ hasText: uk.forms.engine.draftSaved })).toBeVisible();
  const personalRow = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: uk.formSections.personal }) });
  await expect(personalRow).toContainText(uk.forms.engine.inProgress);
  await expectNoAxeViolations(page);

  // Coming back later (a new visit): the saved draft is there; "continue" now applies the rules.
  await page.reload();
  await personalRow.getByRole('link', { name: uk.formSections.personal }).click();
  await hydrated(page);
  await expect(page.getByLabel(personal(uk).surname.label, { exact: true })).toHaveValue('Kovalenko');
  await expect(page.getByRole('status').filter({ hasText: uk.forms.engine.restored })).toHaveCount(0);
  await page.getByRole('button', { name: uk.forms.engine.saveContinue }).click();
  await expect(page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 2 }) })).toBeVisible();
  await expect(page.getByLabel(personal(uk).givenNames.label, { exact: true })).toHaveValue('Olena Maria');
});

import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import ru from '../messages/ru.json';
import { hydrated } from './support/session';
import { waitForMail } from './support/mail';
import { pdfText } from './support/pdf';
import { expectNoAxeViolations } from './support/axe';

const APPLICANT = { email: 'applicant@pobyt.test', password: 'Applicant-Demo-2026' };
const r = ru.reservations;

/** Moves focus to an element and activates it with the keyboard, as a keyboard-only user would. */
async function pressOn(page: Page, locator: ReturnType<Page['locator']>) {
  await locator.focus();
  await expect(locator).toBeFocused();
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.focus();
  await page.keyboard.type(text);
}

test('an applicant books a visit in Russian by keyboard, gets the e-mail with a valid .ics and the PDF', async ({ page }) => {
  const passport = `FA${String(Date.now()).slice(-7)}`;
  await page.goto('/ru/sign-in');
  await hydrated(page);
  await typeInto(page, ru.auth.signIn.email, APPLICANT.email);
  await typeInto(page, ru.auth.signIn.password, APPLICANT.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: ru.account.title, level: 1 })).toBeVisible();

  await page.goto('/ru');
  await pressOn(page, page.getByRole('link', { name: new RegExp(ru.home.tiles.bookVisit.title) }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(r.book.chooseLocation);
  await expectNoAxeViolations(page);
  await pressOn(page, page.locator('.choice-list').getByRole('link', { name: /Wrocław/ }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(r.book.chooseService);
  await pressOn(page, page.locator('.choice-list').getByRole('link', { name: 'Сдача отпечатков пальцев' }));

  await expect(page.getByRole('heading', { level: 1 })).toContainText(r.book.chooseDay);
  const calendar = page.getByRole('table');
  await expect(calendar.getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await pressOn(page, calendar.getByRole('link').first());

  await expect(page.getByRole('heading', { level: 1 })).toContainText(r.book.chooseTime);
  await expectNoAxeViolations(page);
  const time = page.locator('.time-list a').first();
  const timeText = (await time.locator('.time').textContent())!;
  await pressOn(page, time);

  await expect(page.getByRole('heading', { level: 1 })).toContainText(r.book.visitorData);
  await hydrated(page);
  await expectNoAxeViolations(page);
  // Submitting empty shows translated errors and books nothing.
  await pressOn(page, page.getByRole('button', { name: r.visitor.confirm }));
  await expect(page.getByRole('alert').filter({ hasText: ru.validation.required }).first()).toBeVisible();

  await typeInto(page, r.visitor.givenName, 'OLGA');
  await typeInto(page, r.visitor.familyName, 'PETROVA');
  await page.getByLabel(r.visitor.birthDate, { exact: true }).fill('1988-03-21');
  await typeInto(page, r.visitor.passportNumber, passport);
  await expect(page.locator('[data-pow-state="done"]')).toBeVisible({ timeout: 30_000 });
  await pressOn(page, page.getByRole('button', { name: r.visitor.confirm }));

  await expect(page.getByRole('heading', { name: r.details.bookedTitle })).toBeVisible();
  const code = (await page.locator('.reservation-code').textContent())!.trim();
  expect(code).toMatch(/^R-[A-Z0-9]{6}$/);
  await expect(page.getByText(passport)).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await waitForMail(APPLICANT.email, (m) => (m.subject ?? '').includes(code));
  expect(mail.text).toContain(code);
  expect(mail.text).not.toContain(passport);
  expect(mail.text).not.toContain('PETROVA');
  const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
  expect(ics, 'an .ics attachment').toBeTruthy();
  const comp = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8')));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const event = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
  expect(event.summary).toContain(code);
  expect(event.startDate.zone?.tzid).toBe('Europe/Warsaw');
  expect(event.startDate.toString().slice(11, 16)).toBe(timeText.trim());

  const download = page.waitForEvent('download');
  await pressOn(page, page.getByRole('link', { name: r.details.pdf }));
  const text = await pdfText(await download);
  expect(text).toContain(code);
  expect(text).toContain(passport);
  expect(text).toContain(r.pdf.bring);
  expect(text).toContain(r.details.rulesTitle);

  // The booking shows in the list of the applicant's visits.
  await page.goto('/ru/account/reservations');
  await expect(page.getByRole('link', { name: new RegExp(code) })).toBeVisible();
});

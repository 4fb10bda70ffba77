import { expect, test, type Page } from './support/fixtures';
import ICAL from 'ical.js';
import ru from '../messages/ru.json';
import pl from '../messages/pl.json';
import { addDays } from '../lib/calendar/dates';
import { hydrated } from './support/session';
import { waitForMail } from './support/mail';
import { pdfText } from './support/pdf';
import { expectNoAxeViolations } from './support/axe';

const APPLICANT = { email: 'applicant@pobyt.test', password: 'Applicant-Demo-2026' };
const r = ru.reservations;

const warsawToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());

/**
 * The first calendar day (a link) at least two days ahead, so that the visit
 * can still be moved and cancelled (the cut-off is 24 hours); follows the
 * "next month" link when this month has none.
 */
async function dayLinkFromDayAfterTomorrow(page: Page) {
  const earliest = addDays(warsawToday(), 2);
  for (let month = 0; month < 3; month++) {
    const links = page.getByRole('table').getByRole('link');
    for (const link of await links.all()) {
      const day = /[?&]day=(\d{4}-\d{2}-\d{2})/.exec((await link.getAttribute('href')) ?? '')?.[1];
      if (day && day >= earliest) return link;
    }
    await page.getByRole('navigation', { name: r.calendar.monthNav }).getByRole('link', { name: /→/ }).click();
  }
  throw new Error('no free day two or more days ahead');
}

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

test('an applicant books a visit in Russian by keyboard, gets the e-mail with a valid .ics and the PDF, then moves and cancels it', async ({ page }) => {
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
  // On a phone a day shows its number of free places alone (the words, read aloud, would break mid-word
  // in a seventh of the screen); no cell grows wider than its column.
  await page.setViewportSize({ width: 360, height: 780 });
  const firstFree = calendar.getByRole('link').first();
  await expect(firstFree).toHaveAccessibleName(/свобод/);
  await expect(firstFree.locator('[aria-hidden="true"]')).toHaveText(/^\d+$/);
  // Words that are shown on a phone fit their cell whole.
  const wordsShown = await calendar.locator('td span').evaluateAll((spans) =>
    spans.filter((s) => s.getBoundingClientRect().width > 1 && /\p{L}{4,}/u.test(s.textContent ?? '')).map((s) => s.textContent),
  );
  expect(wordsShown).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await pressOn(page, await dayLinkFromDayAfterTomorrow(page));

  await expect(page.getByRole('heading', { level: 1 })).toContainText(r.book.chooseTime);
  // Before a time is chosen, the person learns to come early and when changes close.
  await expect(page.getByText(r.visitor.ruleEarly)).toBeVisible();
  await expect(page.getByText(r.details.changeRule.replace('{hours}', '24'))).toBeVisible();
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
  const event = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
  expect(event.summary).toContain(code);
  // In UTC, so every calendar shows the booked Warsaw time, the repeated October hour included.
  expect(event.startDate.zone?.tzid).toBe('UTC');
  expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Warsaw', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(event.startDate.toJSDate())).toBe(timeText.trim());

  const download = page.waitForEvent('download');
  await pressOn(page, page.getByRole('link', { name: r.details.pdf }));
  const text = await pdfText(await download);
  expect(text).toContain(code);
  expect(text).toContain(passport);
  expect(text).toContain(r.pdf.bring);
  expect(text).toContain(r.details.rulesTitle);

  // The booking shows in the list of the applicant's visits.
  await page.goto('/ru/account/reservations');
  await pressOn(page, page.getByRole('link', { name: new RegExp(code) }));

  // Moving it: only the time changes; the code stays, and a new e-mail says so.
  await pressOn(page, page.getByRole('link', { name: r.details.move }));
  await expect(page.getByRole('heading', { level: 1, name: r.move.title })).toBeVisible();
  await expectNoAxeViolations(page);
  await pressOn(page, await dayLinkFromDayAfterTomorrow(page));
  const other = page.locator('.time-list a').filter({ hasNotText: timeText.trim() }).first();
  await pressOn(page, other);
  await hydrated(page);
  await pressOn(page, page.getByRole('button', { name: r.move.confirm }));
  await expect(page.getByRole('status').filter({ hasText: r.details.movedBody })).toBeVisible();
  await expect(page.locator('.reservation-code')).toHaveText(code);
  await waitForMail(APPLICANT.email, (m) => (m.subject ?? '').includes(code) && (m.subject ?? '').startsWith(r.emails.reservation_moved.subject.split(' –')[0]!));

  // Cancelling asks first ("no" keeps the visit), then gives the place back; the page no longer says "moved" nor offers the PDF.
  await hydrated(page);
  await pressOn(page, page.getByRole('button', { name: r.details.cancel }));
  await expect(page.getByRole('button', { name: r.details.cancelYes })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.answer-row').filter({ hasText: r.details.status })).toContainText(r.status.active);
  await pressOn(page, page.getByRole('button', { name: r.details.cancel }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: r.details.cancelledBody })).toBeVisible();
  await expect(page.locator('.answer-row').filter({ hasText: r.details.status })).toContainText(r.status.cancelled);
  await expect(page.getByRole('button', { name: r.details.cancel })).toHaveCount(0);
  await expect(page.getByText(r.details.movedBody)).toHaveCount(0);
  await expect(page.getByRole('link', { name: r.details.pdf })).toHaveCount(0);
});

test('an employer books a visit for an employee and sees it in the schedule of booked visits', async ({ page }) => {
  const v = pl.reservations.visitor;
  await page.goto('/pl/sign-in');
  await hydrated(page);
  await typeInto(page, pl.auth.signIn.email, 'employer@pobyt.test');
  await typeInto(page, pl.auth.signIn.password, 'Employer-Demo-2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: pl.account.title, level: 1 })).toBeVisible();

  await page.goto('/pl/account/reservations/new?location=wroclaw&service=submit-application');
  await page.getByRole('table').getByRole('link').first().click();
  await page.locator('.time-list a').first().click();
  await hydrated(page);
  await page.getByLabel(v.givenName, { exact: true }).fill('MYKOLA');
  await page.getByLabel(v.familyName, { exact: true }).fill('BONDARENKO');
  await page.getByLabel(v.birthDate, { exact: true }).fill('1985-11-30');
  await page.getByLabel(v.passportNumber, { exact: true }).fill(`FE${String(Date.now()).slice(-7)}`);
  await expect(page.locator('[data-pow-state="done"]')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: v.confirm }).click();
  await expect(page.getByRole('heading', { name: pl.reservations.details.bookedTitle })).toBeVisible();
  const code = (await page.locator('.reservation-code').textContent())!.trim();

  await page.goto('/pl/account/reservations');
  await expect(page.getByRole('heading', { level: 1, name: pl.reservations.list.employerTitle })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('MYKOLA BONDARENKO');
  await expect(row).toContainText('Złożenie wniosku');
  await expectNoAxeViolations(page);

  // On a phone the schedule is a list of cards: the link to the visit is on screen, nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 780 });
  const link = page.getByRole('link', { name: new RegExp(code) });
  const box = (await link.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
});

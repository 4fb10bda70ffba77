import { expect, test, type Page } from './support/fixtures';
import pl from '../messages/pl.json';
import en from '../messages/en.json';
import { isPolishHoliday } from '../lib/calendar/holidays';
import { expectNoAxeViolations } from './support/axe';

/*
 * The expected numbers come from the demo schedules as published (db/seed/reservations.ts),
 * worked out by hand here, not from the database the page reads:
 *   Wrocław, submitting an application: Mon, Tue, Thu, Fri 09:00–15:30 in 30-minute slots
 *     of 3 places (13 × 3 = 39 a day); Wednesday 08:00–17:30 (19 × 3 = 57).
 *   Legnica, submitting an application: Mon–Fri 08:00–15:00, 30 minutes, 1 place (14 a day).
 *   Legnica, fingerprints: Mon–Fri 08:00–15:00, 15 minutes, 1 place (28 a day).
 * Public holidays close every location. Next week is wholly in the future, so all its slots exist.
 */
const PLACES_PER_WEEKDAY = {
  'wroclaw/submit-application': [39, 39, 57, 39, 39, 0, 0],
  'legnica/submit-application': [14, 14, 14, 14, 14, 0, 0],
  'legnica/fingerprints': [28, 28, 28, 28, 28, 0, 0],
} as const;

const warsawToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const isoWeekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7;

function nextWeek() {
  const today = warsawToday();
  const monday = addDays(today, 8 - isoWeekday(today));
  const thursday = addDays(monday, 3);
  const week = Math.floor((Date.parse(`${thursday}T12:00:00Z`) - Date.parse(`${thursday.slice(0, 4)}-01-01T12:00:00Z`)) / (7 * 86_400_000)) + 1;
  return { monday, week };
}

function expectedOffered(key: keyof typeof PLACES_PER_WEEKDAY): number {
  const { monday } = nextWeek();
  return PLACES_PER_WEEKDAY[key].reduce<number>((sum, places, i) => sum + (isPolishHoliday(addDays(monday, i)) ? 0 : places), 0);
}

/** The "places in the schedule" cell of next week's row in the table named by its caption. */
function nextWeekOffered(page: Page, m: typeof pl) {
  const table = page.getByRole('table', { name: new RegExp(m.transparency.tableCaption.split(' (')[0]!) });
  const label = m.transparency.weekLabel.replace('{week}', String(nextWeek().week)).replace(': {range}', ':');
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) }).getByRole('cell').first();
}

test('the transparency page shows the seeded places per week, and the selects work by keyboard', async ({ page }) => {
  await page.goto('/pl');
  await page.getByRole('link', { name: pl.transparency.link }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl.transparency.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

  // Default: the first location and the first service it offers.
  const location = page.getByLabel(pl.transparency.location);
  const service = page.getByLabel(pl.transparency.service);
  await expect(location).toHaveValue('wroclaw');
  await expect(service).toHaveValue('submit-application');
  const table = page.getByRole('table', { name: /Wrocław – siedziba urzędu, Złożenie wniosku/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: pl.transparency.columns.offered })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: pl.transparency.columns.bookedStaff })).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveCount(9);
  await expect(table.getByRole('rowheader', { name: new RegExp(`\\(${pl.transparency.current}\\)`) })).toHaveCount(1);
  await expect(nextWeekOffered(page, pl)).toHaveText(String(expectedOffered('wroclaw/submit-application')));
  // Next week is released and wholly free in the demo data, so there is a first free date.
  await expect(page.getByText(pl.transparency.firstFreeNone)).toHaveCount(0);
  await expect(page.getByRole('img', { name: /Wrocław – siedziba urzędu, Złożenie wniosku/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard only: type to pick an option, Tab to the next control, Enter to submit.
  await location.focus();
  await page.keyboard.type('Delegatura w L');
  await expect(location).toHaveValue('legnica');
  await page.keyboard.press('Tab');
  await expect(service).toBeFocused();
  await page.keyboard.type('Pobranie');
  await expect(service).toHaveValue('fingerprints');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: pl.transparency.show })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/location=legnica&service=fingerprints/);
  await expect(page.getByRole('table', { name: /Delegatura w Legnicy, Pobranie odcisków palców/ })).toBeVisible();
  await expect(nextWeekOffered(page, pl)).toHaveText(String(expectedOffered('legnica/fingerprints')));

  // Another service at the same place: the table changes with it.
  await page.getByLabel(pl.transparency.service).focus();
  await page.keyboard.type('Złożenie');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: /Delegatura w Legnicy, Złożenie wniosku/ })).toBeVisible();
  await expect(nextWeekOffered(page, pl)).toHaveText(String(expectedOffered('legnica/submit-application')));
});

test('the transparency page in English, and a service a location does not offer', async ({ page }) => {
  await page.goto('/en/transparency?location=legnica&service=fingerprints');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.transparency.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const table = page.getByRole('table', { name: /Delegatura w Legnicy, Fingerprinting/ });
  await expect(table.getByRole('columnheader', { name: en.transparency.columns.bookedOnline })).toBeVisible();
  await expect(nextWeekOffered(page, en)).toHaveText(String(expectedOffered('legnica/fingerprints')));
  await expect(page.getByRole('heading', { name: en.transparency.explanationsTitle })).toBeVisible();
  await expectNoAxeViolations(page);

  // The head of unit receives only in Wrocław: no figures, a clear notice instead.
  await page.goto('/en/transparency?location=legnica&service=head-of-unit');
  await expect(page.getByText(en.transparency.notOffered)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

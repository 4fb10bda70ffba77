import { expect, test, type Page } from './support/fixtures';
import pl from '../messages/pl.json';
import { isPolishHoliday } from '../lib/calendar/holidays';
import { addDays, isoWeekday } from '../lib/calendar/dates';
import { fillMessage, hydrated, signInAs } from './support/session';
import { expectNoAxeViolations } from './support/axe';
import { demoOfficeDay } from '../db/seed/demo-office-days';

const warsawToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
/** The first working day on or after a date that is not a public holiday. */
const workingDayFrom = (date: string) => {
  let d = date;
  while (isoWeekday(d) >= 6 || isPolishHoliday(d)) d = addDays(d, 1);
  return d;
};
const alert = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

const A = pl.reservationsAdmin;
const S = pl.staffReservations;

test('an admin adds a one-day schedule and closes a day, and a broken schedule is refused', async ({ page }) => {
  await signInAs(page, 'admin@pobyt.test', 'Admin-Demo-2026!');
  await page.goto('/pl/staff/reservations/config');
  await expect(page.getByRole('heading', { level: 1, name: A.title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: A.schedules.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: A.schedules.title })).toBeVisible();
  await hydrated(page);

  // A Saturday three weeks ahead: Legnica opens for EU registrations that day only.
  let saturday = addDays(warsawToday(), 21 + ((6 - isoWeekday(warsawToday()) + 7) % 7));
  if (isPolishHoliday(saturday)) saturday = addDays(saturday, 7);
  const form = page.getByRole('form', { name: A.schedules.create });
  await form.getByLabel(A.schedules.location).selectOption({ label: 'Delegatura w Legnicy' });
  await form.getByLabel(A.schedules.service).selectOption({ label: 'Rejestracja pobytu obywatela UE' });
  await form.getByLabel(A.schedules.kindDate).check();
  await form.getByLabel(A.schedules.date, { exact: true }).fill(saturday);
  await form.getByLabel(A.schedules.opensAt).fill('11:00');
  await form.getByLabel(A.schedules.closesAt).fill('09:00');
  await form.getByLabel(A.schedules.slotMinutes).fill('30');
  await form.getByLabel(A.schedules.capacity).fill('2');
  await form.getByLabel(A.schedules.releaseDaysBefore).fill('28');
  await form.getByRole('button', { name: A.schedules.create }).click();
  await expect(alert(page, pl.errors.schedule_closes_before_opens)).toBeVisible();
  await expectNoAxeViolations(page);

  await form.getByLabel(A.schedules.opensAt).fill('09:00');
  await form.getByLabel(A.schedules.closesAt).fill('11:00');
  await form.getByRole('button', { name: A.schedules.create }).click();
  await expect(page.getByRole('status').filter({ hasText: A.schedules.saved })).toContainText(fillMessage(A.sync.summary, { added: 4, removed: 0 }));
  const filter = page.getByRole('form', { name: A.schedules.filters });
  await filter.getByLabel(A.schedules.location).selectOption({ label: 'Delegatura w Legnicy' });
  await filter.getByRole('button', { name: A.schedules.show }).click();
  await expect(page.getByRole('cell', { name: fillMessage(A.schedules.onDate, { date: saturday }) })).toBeVisible();

  // Close a working day four weeks ahead at Jelenia Góra: nobody has booked it yet.
  const day = workingDayFrom(addDays(warsawToday(), 28));
  await page.goto('/pl/staff/reservations/config/closed-days');
  await hydrated(page);
  const closeForm = page.getByRole('form', { name: A.closedDays.addHeading });
  await closeForm.getByLabel(A.closedDays.date).fill(day);
  await closeForm.getByLabel(A.closedDays.location).selectOption({ label: 'Delegatura w Jeleniej Górze' });
  await closeForm.getByLabel(A.closedDays.reason).fill('Szkolenie pracowników (e2e)');
  await closeForm.getByRole('button', { name: A.closedDays.add }).click();
  await expect(page.getByRole('status').filter({ hasText: A.closedDays.added })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Szkolenie pracowników (e2e)' })).toContainText('Delegatura w Jeleniej Górze');
  // The same day again is refused with a translated message.
  await closeForm.getByLabel(A.closedDays.date).fill(day);
  await closeForm.getByLabel(A.closedDays.location).selectOption({ label: 'Delegatura w Jeleniej Górze' });
  await closeForm.getByLabel(A.closedDays.reason).fill('Drugi raz');
  await closeForm.getByRole('button', { name: A.closedDays.add }).click();
  await expect(alert(page, pl.errors.closed_day_exists)).toBeVisible();
  await expectNoAxeViolations(page);
  // The demo office's visit day at Wrocław has booked visits: the refusal says how many (a parameter beside its code).
  await closeForm.getByLabel(A.closedDays.date).fill(demoOfficeDay(new Date()));
  await closeForm.getByLabel(A.closedDays.location).selectOption({ label: 'Wrocław – siedziba urzędu' });
  await closeForm.getByLabel(A.closedDays.reason).fill('Awaria');
  await closeForm.getByRole('button', { name: A.closedDays.add }).click();
  await expect(page.getByRole('alert').filter({ hasText: /\d/ })).toHaveText(/^Tego dnia (jest|są) \d+ aktywn\S+ rezerwac\S+\. Przenieś je lub odwołaj, zanim zamkniesz dzień\.$/);
});

test('an admin re-plans every location and service in the background and follows its progress to the end, also after leaving the page', async ({ page }) => {
  await signInAs(page, 'admin@pobyt.test', 'Admin-Demo-2026!');
  await page.goto('/pl/staff/reservations/config');
  await hydrated(page);
  const panel = page.getByRole('region', { name: A.replan.heading });
  const start = panel.getByRole('button', { name: A.replan.start });
  await start.click();
  // The click returns at once; the panel says the task runs (or has already ended, on a fast machine).
  // “Re-planning finished {at} (…)”: the words before the time.
  const finishedText = A.replan.done.split(' {at}')[0]!;
  await expect(panel.getByText(A.replan.running).or(panel.getByText(finishedText))).toBeVisible();
  // Leaving and coming back: the page shows the same (newest) task.
  await page.goto('/pl/staff/reservations');
  await page.goto('/pl/staff/reservations/config');
  await hydrated(page);
  await expect(panel.getByRole('status')).toContainText(finishedText, { timeout: 60_000 });
  await expect(panel.getByRole('status')).toContainText(A.sync.summary.split(':')[0]!);
  await expect(start).toBeEnabled();
  await expectNoAxeViolations(page);
});

test('a receptionist books for a person with a written reason and sees the staff booking marked in the day view', async ({ page }) => {
  await signInAs(page, 'reception@pobyt.test', 'Reception-Demo-2026');
  await page.goto('/pl/staff/reservations');
  await expect(page.getByRole('heading', { level: 1, name: S.day.title })).toBeVisible();
  await page.getByRole('link', { name: S.day.bookLink }).click();
  await expect(page.getByRole('heading', { level: 1, name: S.book.title })).toBeVisible();

  await page.getByLabel(S.book.location, { exact: true }).selectOption({ label: 'Wrocław – siedziba urzędu' });
  await page.getByRole('button', { name: S.book.next }).click();
  await page.getByLabel(S.book.service, { exact: true }).selectOption({ label: 'Pobranie odcisków palców' });
  await page.getByRole('button', { name: S.book.next }).click();
  // Tomorrow's week is always released (each Monday 08:00 opens the following week).
  const date = workingDayFrom(addDays(warsawToday(), 1));
  await page.getByLabel(S.book.date, { exact: true }).fill(date);
  await page.getByRole('button', { name: S.book.showTimes }).click();
  await expect(page.getByRole('group', { name: S.book.time })).toBeVisible();
  const bookUrl = page.url();
  await hydrated(page);
  await expectNoAxeViolations(page);

  const passport = `FE${Date.now() % 10_000_000}`;
  const visitor = async () => {
    await page.getByRole('radio').first().check();
    await page.getByLabel(S.book.givenName).fill('IVAN');
    await page.getByLabel(S.book.familyName).fill('PETRENKO');
    await page.getByLabel(S.book.birthDate).fill('1985-03-02');
    await page.getByLabel(S.book.passport).fill(passport);
  };
  await visitor();
  // Without a reason, nothing is booked.
  await page.getByRole('button', { name: S.book.submit }).click();
  await expect(page.getByRole('alert').filter({ hasText: pl.validation.required })).toBeVisible();
  await page.getByLabel(S.book.reason).fill('Wezwanie do osobistego stawiennictwa w sprawie, osoba bez dostępu do internetu');
  await page.getByRole('button', { name: S.book.submit }).click();
  const done = page.getByRole('status').filter({ hasText: 'R-' });
  await expect(done).toBeVisible();
  const code = /R-[A-Z0-9]+/.exec((await done.textContent()) ?? '')![0];

  // The same passport cannot hold a second active reservation for the service.
  await page.goto(bookUrl);
  await hydrated(page);
  await visitor();
  await page.getByLabel(S.book.reason).fill('Druga próba');
  await page.getByRole('button', { name: S.book.submit }).click();
  await expect(alert(page, pl.errors.passport_active)).toBeVisible();

  await page.goto(`/pl/staff/reservations?${new URL(bookUrl).searchParams.toString()}`);
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('IVAN PETRENKO');
  await expect(row).toContainText(passport);
  await expect(row).toContainText(S.day.staffBooking);
  await expect(row).toContainText('Wezwanie do osobistego stawiennictwa');
  await expect(row).toContainText(S.day.statuses.active);
  await expectNoAxeViolations(page);
});

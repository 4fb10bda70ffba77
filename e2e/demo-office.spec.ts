import { expect, test } from './support/fixtures';
import pl from '../messages/pl.json';
import { warsawDate } from '../lib/calendar/dates';
import { demoOfficeDay } from '../db/seed/demo-office-days';
import { fillMessage, hydrated, signInAs, signOut } from './support/session';
import { expectNoAxeViolations } from './support/axe';

// The README's demo table: the seed registers this case first on a fresh database, in the year it runs.
const DEMO_CASE = { number: `WSC-${new Date().getUTCFullYear()}-000001`, password: 'DEMA-CAFE-4679' };
const WROCLAW = 'Wrocław – siedziba urzędu';
const stageNames = Object.values(pl.stages.list).map((s) => s.name);

test('a fresh demo shows a working office: statistics, cases in several stages and the enquiry inbox for the clerk', async ({ page }) => {
  await signInAs(page, 'clerk@pobyt.test', 'Clerk-Demo-2026');

  await page.goto('/pl/staff/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: pl.cases.dashboard.title })).toBeVisible();
  const perStage = page.getByRole('table', { name: pl.cases.dashboard.perStage });
  // A header row plus a row for many stages, each with a count above zero.
  expect(await perStage.getByRole('row').count()).toBeGreaterThan(10);
  const open = page.locator('dt', { hasText: pl.cases.dashboard.open }).locator('xpath=following-sibling::dd[1]');
  expect(Number(await open.textContent())).toBeGreaterThanOrEqual(20);
  await expectNoAxeViolations(page);

  await page.goto('/pl/staff/cases');
  await expect(page.getByRole('heading', { level: 1, name: pl.cases.staff.listTitle })).toBeVisible();
  const list = page.getByRole('region', { name: pl.cases.staff.listTitle });
  await expect(list.getByRole('link', { name: /^WSC-\d{4}-\d{6}$/ }).first()).toBeVisible();
  const cells = await list.getByRole('cell').allTextContents();
  const shown = new Set(cells.map((c) => c.trim()).filter((c) => stageNames.includes(c)));
  expect(shown.size, `stages on the first page: ${[...shown].join(', ')}`).toBeGreaterThanOrEqual(4);
  await expectNoAxeViolations(page);

  await page.goto('/pl/staff/enquiries');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: pl.staffEnquiries.title })).toBeVisible();
  expect(await page.getByRole('link', { name: /^Z-\d{4}-\d{6}$/ }).count()).toBeGreaterThanOrEqual(5);
  await signOut(page);
});

test('reception sees the demo day’s visits, some checked in and served, and the waiting-room board shows the calls', async ({ page }) => {
  const day = demoOfficeDay(new Date());
  const isToday = day === warsawDate(new Date());
  await signInAs(page, 'reception@pobyt.test', 'Reception-Demo-2026');
  await page.goto('/pl/staff/reservations');
  await hydrated(page);
  const filters = page.getByRole('form', { name: pl.staffReservations.day.filters });
  await filters.getByLabel(pl.staffReservations.day.location).selectOption({ label: WROCLAW });
  await filters.getByLabel(pl.staffReservations.day.date).fill(day);
  await filters.getByRole('button', { name: pl.staffReservations.day.show }).click();
  await expect(page).toHaveURL(new RegExp(`date=${day}`));
  const visits = page.getByRole('row').filter({ hasText: /R-[A-Z0-9]{6}/ });
  expect(await visits.count()).toBeGreaterThanOrEqual(8);
  await expect(visits.filter({ hasText: pl.staffReservations.day.staffBooking }).first()).toBeVisible();
  const S = pl.staffReservations.day.statuses;
  if (isToday) {
    // The morning has run: visitors served, one absent, some waiting with a ticket.
    await expect(visits.filter({ hasText: S.served }).first()).toBeVisible();
    await expect(visits.filter({ hasText: S.checked_in }).first()).toBeVisible();
    await expect(visits.filter({ hasText: S.no_show }).first()).toBeVisible();
  }
  await expect(visits.filter({ hasText: S.active }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Every location has visits that day.
  for (const name of ['Delegatura w Legnicy', 'Delegatura w Wałbrzychu', 'Delegatura w Jeleniej Górze']) {
    await filters.getByLabel(pl.staffReservations.day.location).selectOption({ label: name });
    await filters.getByRole('button', { name: pl.staffReservations.day.show }).click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(name) })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: /R-[A-Z0-9]{6}/ }).first()).toBeVisible();
  }

  // The board is for today: the demo's calls show there when the demo day is today.
  await page.goto('/pl/board/wroclaw');
  await hydrated(page);
  const called = page.getByRole('region', { name: pl.queue.board.called });
  if (isToday) {
    await expect(called.getByText(/^[A-E]\d{3}$/).first()).toBeVisible();
  } else {
    await expect(page.getByText(pl.queue.board.noneCalled)).toBeVisible();
  }
});

test('the case holder signs in with the README’s case number and password and sees the stage, missing documents and messages', async ({ page }) => {
  await page.goto('/pl/case/sign-in');
  await hydrated(page);
  await page.getByLabel(pl.cases.signIn.number).fill(DEMO_CASE.number);
  await page.getByLabel(pl.cases.signIn.password).fill(DEMO_CASE.password);
  await page.getByRole('button', { name: pl.cases.signIn.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fillMessage(pl.cases.holder.title, { number: DEMO_CASE.number }));
  await expect(page.getByRole('region', { name: pl.cases.holder.currentStage }).getByText(pl.stages.list.summons_formal_defects.name).first()).toBeVisible();
  const history = page.getByRole('region', { name: pl.cases.holder.history });
  await expect(history.getByText(pl.stages.list.registered.name)).toBeVisible();
  await expect(history.getByText(pl.stages.list.formal_check.name)).toBeVisible();
  const docs = page.getByRole('region', { name: pl.cases.holder.missingDocuments });
  await expect(docs.getByText(pl.missingDocuments.photo, { exact: true })).toBeVisible();
  await expect(docs.getByText(pl.missingDocuments.accommodation, { exact: true })).toBeVisible();
  await expect(docs.getByRole('button', { name: new RegExp(`^${pl.cases.holder.remarkShow}`) }).first()).toBeVisible();
  const messages = page.getByRole('region', { name: pl.cases.holder.messages });
  await expect(messages.getByText('Umowę najmu można przesłać także pocztą; liczy się data nadania.')).toBeVisible();
  // The holder never sees the staff's view of the name.
  await expect(page.getByText('Oksana Melnyk')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

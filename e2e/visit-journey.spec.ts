import { expect, test, type Browser, type Page } from './support/fixtures';
import pl from '../messages/pl.json';
import { addDays } from '../lib/calendar/dates';
import { fillMessage, hydrated, signInAs } from './support/session';
import { expectNoAxeViolations } from './support/axe';
import { bookFirstTime, openAllDay } from './support/schedule';
import { kioskFor } from './support/kiosk';

// Jelenia Góra's fingerprinting: no other journey books it or uses its desks.
const LOCATION = { slug: 'jelenia-gora', name: 'Delegatura w Jeleniej Górze' };
const SERVICE = { slug: 'fingerprints', name: 'Pobranie odcisków palców' };

/** The Warsaw date whose slots start within the next half hour: today, or tomorrow in the last half hour of the day. */
function visitDay(): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  const today = `${parts.year}-${parts.month}-${parts.day}`;
  return Number(parts.hour) * 60 + Number(parts.minute) >= 23 * 60 + 30 ? addDays(today, 1) : today;
}

async function session(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'pl-PL' })).newPage();
  await signInAs(page, email, password);
  return page;
}

/** The "booked online" number of the current week on the transparency page. */
async function bookedOnlineThisWeek(page: Page): Promise<number> {
  await page.goto(`/pl/transparency?location=${LOCATION.slug}&service=${SERVICE.slug}`);
  const table = page.getByRole('table', { name: new RegExp(`${LOCATION.name}, ${SERVICE.name}`) });
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.findIndex((h) => h.trim() === pl.transparency.columns.bookedOnline);
  expect(column, 'the booked-online column').toBeGreaterThan(0);
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`\\(${pl.transparency.current}\\)`) }) });
  // The row header is the first column; cells are the rest.
  return Number((await row.getByRole('cell').nth(column - 1).textContent())!.trim());
}

test('a visit from the schedule to the desk: booked online, checked in at the kiosk, called at a desk, shown live on the board and counted on the transparency page', async ({ browser }) => {
  test.setTimeout(180_000);
  const day = visitDay();

  // The admin opens Jelenia Góra's fingerprinting all day on the visit day, released already.
  const admin = await session(browser, 'admin@pobyt.test', 'Admin-Demo-2026!');
  await openAllDay(admin, day, LOCATION, SERVICE);

  const before = await bookedOnlineThisWeek(admin);

  // The applicant books the first free time of the day.
  const applicant = await session(browser, 'applicant@pobyt.test', 'Applicant-Demo-2026');
  const code = await bookFirstTime(applicant, day, LOCATION, SERVICE, { givenName: 'ANNA', familyName: 'SZEWCZENKO', birthDate: '1991-07-02', passportPrefix: 'EJ' });

  // The transparency page counts it at once.
  expect(await bookedOnlineThisWeek(admin)).toBe(before + 1);

  // The waiting-room board is open before anything happens; it must update without reloading.
  const board = await (await browser.newContext({ locale: 'pl-PL' })).newPage();
  await board.goto(`/pl/board/${LOCATION.slug}`);
  await hydrated(board);
  await expect(board.getByText(pl.queue.board.live)).toBeVisible();
  await board.evaluate(() => ((window as unknown as { boardMark: number }).boardMark = 1));

  // Check-in at the kiosk the admin paired for Jelenia Góra, with the code typed as a scanner types it.
  const { kiosk } = await kioskFor(browser, admin, LOCATION.name, 'Kiosk Jelenia Góra');
  await kiosk.goto(`/pl/kiosk/${LOCATION.slug}`);
  await hydrated(kiosk);
  await kiosk.getByLabel(pl.queue.kiosk.codeLabel).fill(code.toLowerCase());
  await kiosk.getByLabel(pl.queue.kiosk.codeLabel).press('Enter');
  const heading = kiosk.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(pl.queue.kiosk.ticketHeading);
  const ticket = /B\d{3}/.exec((await heading.textContent()) ?? '')?.[0];
  expect(ticket, 'a fingerprinting ticket (letter B)').toBeTruthy();

  // The same code a second time gives no second ticket, but tells the number again.
  await kiosk.goto(`/pl/kiosk/${LOCATION.slug}`);
  await hydrated(kiosk);
  await kiosk.getByLabel(pl.queue.kiosk.codeLabel).fill(code);
  await kiosk.getByLabel(pl.queue.kiosk.codeLabel).press('Enter');
  await expect(kiosk.getByRole('alert').filter({ hasText: fillMessage(pl.errors.checkin_used_ticket, { ticket: ticket! }) })).toBeVisible();

  // Desk 1 calls the next ticket: the reserved visitor comes first.
  const reception = await session(browser, 'reception@pobyt.test', 'Reception-Demo-2026');
  await reception.goto(`/pl/staff/desk/${LOCATION.slug}/1`);
  await hydrated(reception);
  await reception.getByRole('button', { name: pl.queue.desk.callNext }).click();
  await expect(reception.getByRole('status').filter({ hasText: fillMessage(pl.queue.desk.calledResult, { ticket: ticket! }) })).toBeVisible();
  await expect(reception.getByRole('region', { name: pl.queue.desk.current })).toContainText('SZEWCZENKO');

  const called = board.getByRole('region', { name: pl.queue.board.called });
  await expect(called.getByText(ticket!, { exact: true })).toBeVisible();
  await expect(called.getByText(fillMessage(pl.queue.board.deskNumber, { desk: '1' }))).toBeVisible();
  expect(await board.evaluate(() => (window as unknown as { boardMark?: number }).boardMark)).toBe(1);

  // The applicant's page now shows the visit as checked in.
  await applicant.goto('/pl/account/reservations');
  await expect(applicant.getByRole('row').filter({ hasText: code })).toContainText(pl.reservations.status.checked_in);
  await expectNoAxeViolations(applicant);
});

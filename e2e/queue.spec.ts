import { expect, test } from './support/fixtures';
import pl from '../messages/pl.json';
import en from '../messages/en.json';
import ru from '../messages/ru.json';
import uk from '../messages/uk.json';
import { fillMessage, hydrated, signInAs } from './support/session';
import { expectNoAxeViolations } from './support/axe';
import { kioskFor } from './support/kiosk';

// Wałbrzych: a branch no other journey uses, so its board starts empty.
const LOCATION = 'walbrzych';
const LOCATION_NAME = 'Delegatura w Wałbrzychu';

test('a visitor takes a walk-in ticket at the paired kiosk, a desk calls it, and the open board shows it without reloading', async ({ page, browser }) => {
  // The board is public: a separate browser with no session, as on the waiting-room screen.
  const boardContext = await browser.newContext({ locale: 'pl-PL' });
  const board = await boardContext.newPage();
  await board.goto(`/pl/board/${LOCATION}`);
  await hydrated(board);
  await expect(board.getByRole('heading', { level: 1 })).toHaveText(fillMessage(pl.queue.board.title, { location: LOCATION_NAME }));
  await expect(board.getByText(pl.queue.board.noneCalled)).toBeVisible();
  await expect(board.getByText(pl.queue.board.live)).toBeVisible();
  await expectNoAxeViolations(board);
  // Marks this document: if the board reloaded, the mark would be gone.
  await board.evaluate(() => ((window as unknown as { boardMark: number }).boardMark = 1));

  // Nobody can use the kiosk without a device an admin paired: a plain browser gets an explanation, not a sign-in page.
  await board.goto(`/pl/kiosk/${LOCATION}`);
  await expect(board).toHaveURL(new RegExp(`/pl/kiosk/${LOCATION}$`));
  await expect(board.getByRole('heading', { level: 1 })).toHaveText(pl.kioskDevices.notRegistered.title);
  await board.goto(`/pl/board/${LOCATION}`);
  await hydrated(board);
  await board.evaluate(() => ((window as unknown as { boardMark: number }).boardMark = 1));

  // The admin pairs a kiosk for Wałbrzych; it runs in its own browser, with no staff session.
  const admin = await (await browser.newContext({ locale: 'pl-PL' })).newPage();
  await signInAs(admin, 'admin@pobyt.test', 'Admin-Demo-2026!');
  const { context: kioskContext, kiosk } = await kioskFor(browser, admin, LOCATION_NAME, 'Kiosk w poczekalni');
  await admin.context().close();
  await kiosk.goto(`/pl/kiosk/${LOCATION}`);
  await hydrated(kiosk);
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(fillMessage(pl.queue.kiosk.title, { location: LOCATION_NAME }));
  // No site header or navigation on the kiosk.
  await expect(kiosk.getByRole('banner')).toHaveCount(0);
  await expect(kiosk.getByLabel(pl.queue.kiosk.codeLabel)).toBeFocused();
  await expectNoAxeViolations(kiosk);

  // A wrong code, typed as a scanner would (text then Enter), in Ukrainian.
  await kiosk.getByRole('link', { name: 'Українська' }).click();
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(fillMessage(uk.queue.kiosk.title, { location: LOCATION_NAME }));
  await hydrated(kiosk);
  await kiosk.getByLabel(uk.queue.kiosk.codeLabel).fill('r-xxx 999');
  await kiosk.getByLabel(uk.queue.kiosk.codeLabel).press('Enter');
  await expect(kiosk.getByRole('alert').filter({ hasText: uk.errors.checkin_unknown })).toBeVisible();
  await expectNoAxeViolations(kiosk);

  await kiosk.getByRole('link', { name: 'Polski' }).click();
  await hydrated(kiosk);
  await kiosk.getByRole('button', { name: 'Odbiór karty pobytu' }).click();
  const heading = kiosk.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(pl.queue.kiosk.ticketHeading);
  const label = /C\d{3}/.exec((await heading.textContent()) ?? '')?.[0];
  expect(label, 'the ticket number on the kiosk').toBeTruthy();
  // On screen once; the paper ticket's copy is in the page too, shown only when printing.
  await expect(kiosk.getByText('Odbiór karty pobytu').filter({ visible: true })).toHaveCount(1);
  await expectNoAxeViolations(kiosk);

  // The board counts the new ticket as waiting, live.
  const waiting = board.getByRole('table', { name: pl.queue.board.waiting });
  await expect(waiting.getByRole('row', { name: /Odbiór karty pobytu/ }).getByRole('cell')).toHaveText('1');
  await expect(board.getByText(pl.queue.board.noneCalled)).toBeVisible();

  // A desk that serves card collection calls the next ticket.
  await signInAs(page, 'reception@pobyt.test', 'Reception-Demo-2026');
  await page.goto('/pl/staff/desk');
  await page.getByRole('region', { name: LOCATION_NAME }).getByRole('link', { name: fillMessage(pl.queue.desk.deskLink, { desk: '2' }) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fillMessage(pl.queue.desk.heading, { desk: '2', location: LOCATION_NAME }));
  await hydrated(page);
  await page.getByRole('button', { name: pl.queue.desk.callNext }).click();
  await expect(page.getByRole('status').filter({ hasText: fillMessage(pl.queue.desk.calledResult, { ticket: label! }) })).toBeVisible();
  const current = page.getByRole('region', { name: pl.queue.desk.current });
  await expect(current.getByText(label!, { exact: true })).toBeVisible();
  await expect(current.getByText(pl.queue.desk.kindWalkIn)).toBeVisible();
  await expectNoAxeViolations(page);

  // The board shows the call and announces it, without reloading.
  const called = board.getByRole('region', { name: pl.queue.board.called });
  await expect(called.getByText(pl.queue.board.now)).toBeVisible();
  await expect(called.getByText(label!, { exact: true })).toBeVisible();
  await expect(called.getByText(fillMessage(pl.queue.board.deskNumber, { desk: '2' }))).toBeVisible();
  await expect(board.getByText(fillMessage(pl.queue.board.announce, { ticket: label!, desk: '2' }))).toBeAttached();
  await expect(waiting.getByRole('row', { name: /Odbiór karty pobytu/ }).getByRole('cell')).toHaveText('0');
  expect(await board.evaluate(() => (window as unknown as { boardMark?: number }).boardMark)).toBe(1);
  await expectNoAxeViolations(board);

  // Served: the desk is free again.
  await page.getByRole('button', { name: pl.queue.desk.served }).click();
  await expect(page.getByRole('status').filter({ hasText: fillMessage(pl.queue.desk.servedResult, { ticket: label! }) })).toBeVisible();

  // The board loses its connection; what happens meanwhile is there once it is back.
  await boardContext.setOffline(true);
  await expect(board.getByText(pl.queue.board.reconnecting)).toBeVisible();
  await kiosk.goto(`/pl/kiosk/${LOCATION}`);
  await hydrated(kiosk);
  await kiosk.getByRole('button', { name: 'Odbiór karty pobytu' }).click();
  await expect(kiosk.getByRole('heading', { level: 1 })).toContainText(pl.queue.kiosk.ticketHeading);
  await boardContext.setOffline(false);
  await expect(board.getByText(pl.queue.board.live)).toBeVisible({ timeout: 20_000 });
  await expect(waiting.getByRole('row', { name: /Odbiór karty pobytu/ }).getByRole('cell')).toHaveText('1');
  expect(await board.evaluate(() => (window as unknown as { boardMark?: number }).boardMark)).toBe(1);

  await page.goto(`/pl/staff/desk/${LOCATION}/2`);
  await hydrated(page);
  await page.getByRole('button', { name: pl.queue.desk.callNext }).click();
  await expect(page.getByRole('status').filter({ hasText: pl.queue.desk.calledResult.split(' {')[0]! })).toBeVisible();
  await expect(waiting.getByRole('row', { name: /Odbiór karty pobytu/ }).getByRole('cell')).toHaveText('0');
  await page.getByRole('button', { name: pl.queue.desk.absent }).click();
  await expect(page.getByRole('button', { name: pl.queue.desk.callNext })).toBeVisible();
  // Nobody else is waiting for this desk's services.
  await page.getByRole('button', { name: pl.queue.desk.callNext }).click();
  await expect(page.getByRole('alert').filter({ hasText: pl.errors.queue_empty })).toBeVisible();
  await boardContext.close();
  await kioskContext.close();
});

test('the display board shows its own texts in Polish, English, Russian and Ukrainian in turn, while the called numbers stay put', async ({ browser }) => {
  const boardContext = await browser.newContext({ locale: 'pl-PL' });
  const board = await boardContext.newPage();
  // One second per language (BOARD_LANGUAGE_SECONDS, or this screen's own setting in its address).
  await board.goto(`/pl/board/${LOCATION}?languageSeconds=1`);
  await hydrated(board);
  const heading = board.getByRole('heading', { level: 1 });
  const langOf = () => heading.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
  await expect(heading).toHaveText(fillMessage(pl.queue.board.title, { location: LOCATION_NAME }));
  expect(await langOf()).toBe('pl');
  await expectNoAxeViolations(board);
  // The journey above called tickets here: the newest stays on screen, the same element, through every language.
  const newest = board.getByText(/^C\d{3}$/).first();
  const label = await newest.textContent();
  await newest.evaluate((el) => ((el as unknown as { mark: number }).mark = 1));

  for (const [messages, lang] of [
    [en, 'en'],
    [ru, 'ru'],
    [uk, 'uk'],
    [pl, 'pl'],
  ] as const) {
    await expect(heading).toHaveText(fillMessage(messages.queue.board.title, { location: LOCATION_NAME }), { timeout: 3_000 });
    expect(await langOf()).toBe(lang);
    await expect(board.getByRole('region', { name: messages.queue.board.called })).toBeVisible();
  }
  await expect(newest).toHaveText(label!);
  expect(await newest.evaluate((el) => (el as unknown as { mark?: number }).mark)).toBe(1);
  // Nothing is read out for a change of language: no status line is a live region, and the call announcer stays silent.
  await expect(board.getByRole('status')).toHaveCount(0);
  await expect(board.locator('main [aria-live]')).toHaveText('');
  await boardContext.close();
});

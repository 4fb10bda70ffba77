import { expect, test } from './support/fixtures';
import pl from '../messages/pl.json';
import uk from '../messages/uk.json';
import { fillMessage, hydrated, signInAs } from './support/session';
import { expectNoAxeViolations } from './support/axe';

// Wałbrzych: a branch no other journey uses, so its board starts empty.
const LOCATION = 'walbrzych';
const LOCATION_NAME = 'Delegatura w Wałbrzychu';

test('reception takes a walk-in ticket at the kiosk, a desk calls it, and the open board shows it without reloading', async ({ page, browser }) => {
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

  // Nobody can use the kiosk without the session reception opens on the device.
  await board.goto(`/pl/kiosk/${LOCATION}`);
  await expect(board).toHaveURL(/\/pl\/sign-in/);
  await board.goto(`/pl/board/${LOCATION}`);
  await hydrated(board);
  await board.evaluate(() => ((window as unknown as { boardMark: number }).boardMark = 1));

  await signInAs(page, 'reception@pobyt.test', 'Reception-Demo-2026');
  await page.goto(`/pl/kiosk/${LOCATION}`);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fillMessage(pl.queue.kiosk.title, { location: LOCATION_NAME }));
  // No site header or navigation on the kiosk.
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByLabel(pl.queue.kiosk.codeLabel)).toBeFocused();
  await expectNoAxeViolations(page);

  // A wrong code, typed as a scanner would (text then Enter), in Ukrainian.
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fillMessage(uk.queue.kiosk.title, { location: LOCATION_NAME }));
  await hydrated(page);
  await page.getByLabel(uk.queue.kiosk.codeLabel).fill('r-xxx 999');
  await page.getByLabel(uk.queue.kiosk.codeLabel).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: uk.errors.checkin_unknown })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Polski' }).click();
  await hydrated(page);
  await page.getByRole('button', { name: 'Odbiór karty pobytu' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(pl.queue.kiosk.ticketHeading);
  const label = /C\d{3}/.exec((await heading.textContent()) ?? '')?.[0];
  expect(label, 'the ticket number on the kiosk').toBeTruthy();
  await expect(page.getByText('Odbiór karty pobytu')).toBeVisible();
  await expectNoAxeViolations(page);

  // The board counts the new ticket as waiting, live.
  const waiting = board.getByRole('table', { name: pl.queue.board.waiting });
  await expect(waiting.getByRole('row', { name: /Odbiór karty pobytu/ }).getByRole('cell')).toHaveText('1');
  await expect(board.getByText(pl.queue.board.noneCalled)).toBeVisible();

  // A desk that serves card collection calls the next ticket.
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
  await page.goto(`/pl/kiosk/${LOCATION}`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Odbiór karty pobytu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(pl.queue.kiosk.ticketHeading);
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
});

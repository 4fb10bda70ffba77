import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, BrowserContext } from '@playwright/test';
import { expect, test, type Browser, type Page } from './support/fixtures';
import pl from '../messages/pl.json';
import en from '../messages/en.json';
import { addDays } from '../lib/calendar/dates';
import { fillMessage, hydrated, signInAs } from './support/session';
import { expectNoAxeViolations } from './support/axe';
import { bookFirstTime, openAllDay } from './support/schedule';
import { countPrints, keypad, prints, registerKiosk, tapOnKeypad } from './support/kiosk';

// Legnica's card collection: no other journey books it or takes its walk-in tickets.
const LOCATION = { slug: 'legnica', name: 'Delegatura w Legnicy' };
const SERVICE = { slug: 'collect-card', name: 'Odbiór karty pobytu' };
// Another location, where a Legnica kiosk is nobody.
const OTHER = { slug: 'walbrzych', name: 'Delegatura w Wałbrzychu' };
const K = pl.kioskDevices;
const ROOT = process.cwd();
const UUID = '00000000-0000-4000-8000-000000000000';

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

/** Every file called `name` under `dir`, as paths relative to the repository. */
function filesNamed(dir: string, name: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((entry) => {
    const rel = path.join(dir, entry);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return filesNamed(rel, name);
    return entry === name ? [rel] : [];
  });
}

/** A route file's URL, with a harmless value for each dynamic segment; route groups vanish. */
function urlOf(file: string, base: string): string {
  const segments = path
    .dirname(path.relative(base, file))
    .split(path.sep)
    .filter((s) => s !== '.' && !/^\(.*\)$/.test(s))
    .map((s) => {
      if (s === '[locale]') return 'pl';
      const param = /^\[(?:\.\.\.)?(\w+)\]$/.exec(s)?.[1];
      if (!param) return s;
      return ({ id: UUID, location: LOCATION.slug, desk: '1', version: '1', number: '1', section: 'personal', code: 'x', page: 'x', rest: 'x', nextauth: 'session' } as Record<string, string>)[param] ?? 'x';
    });
  return `/${segments.join('/')}`;
}

/** Every server action the build contains, with a page whose bundle carries it (an action is only found through such a page). */
function serverActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => {
    const workers = Object.keys(a.workers).filter((w) => w.endsWith('/page'));
    // A page without dynamic segments renders the same for everyone; take one if there is.
    const worker = workers.find((w) => !w.includes('[', 'app/[locale]'.length)) ?? workers[0]!;
    return { id, name: `${a.filename}#${a.exportedName}`, page: urlOf(`${worker}.tsx`, 'app') };
  });
}

/** Calls a server action as the browser would, and returns its result (the row the response's root points to). */
async function callAction(request: APIRequestContext, action: { id: string; page: string }, args: unknown): Promise<unknown> {
  const res = await request.post(action.page, {
    headers: { 'Next-Action': action.id, Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8', Origin: new URL(action.page, test.info().project.use.baseURL).origin },
    data: JSON.stringify([args]),
    maxRedirects: 0,
  });
  const rows = new Map((await res.text()).split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)] as const));
  const ref = /"a":"\$@(\w+)"/.exec(rows.get('0') ?? '')?.[1];
  return ref && rows.has(ref) ? JSON.parse(rows.get(ref)!) : { status: res.status() };
}

/** A context with the device cookie only: the kiosk's own cookie jar, nothing added. */
async function onlyDeviceCookie(context: BrowserContext) {
  const cookies = await context.cookies();
  // next-auth's csrf and callback cookies may be there; its session cookie may not.
  expect(cookies.map((c) => c.name).filter((n) => n.includes('session-token'))).toEqual([]);
  const device = cookies.find((c) => c.name.endsWith('pobyt.kiosk'));
  expect(device, 'the kiosk cookie').toBeTruthy();
  return device!;
}

test('an admin pairs a kiosk for one location; it checks in on its touch keypad and prints tickets there, opens nothing else, and is refused once revoked', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const day = visitDay();
  const admin = await session(browser, 'admin@pobyt.test', 'Admin-Demo-2026!');

  // Legnica's card collection opens all day on the visit day, so a reservation can be checked in now.
  await openAllDay(admin, day, LOCATION, SERVICE);

  const applicant = await session(browser, 'applicant@pobyt.test', 'Applicant-Demo-2026');
  const code = await bookFirstTime(applicant, day, LOCATION, SERVICE, { givenName: 'IRYNA', familyName: 'BONDARENKO', birthDate: '1988-03-09', passportPrefix: 'FK' });
  const reservationId = /[0-9a-f-]{36}/.exec(applicant.url())?.[0];
  expect(reservationId, 'the reservation id in the address').toBeTruthy();

  // The admin finds the kiosks page in the staff menu and registers one for Legnica.
  await admin.goto('/pl/staff');
  await admin.getByRole('navigation', { name: pl.staff.nav.label }).getByRole('link', { name: pl.staff.nav.kiosks }).click();
  await expect(admin.getByRole('heading', { level: 1, name: K.admin.title })).toBeVisible();
  await expectNoAxeViolations(admin);
  const deviceName = `Kiosk przy wejściu ${Date.now()}`;
  const pairingUrl = await registerKiosk(admin, LOCATION.name, deviceName);
  expect(pairingUrl.startsWith(`${baseURL}/pl/kiosk/pair#`)).toBe(true);
  const region = admin.getByRole('region', { name: LOCATION.name, exact: true });
  const row = region.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: deviceName }) });
  await expect(row).toContainText(K.admin.statuses.pending);
  await expect(row).toContainText(K.admin.never);
  await expectNoAxeViolations(admin);
  // Shown once: after a reload only the device's row is there, not its link.
  await admin.reload();
  await expect(admin.getByRole('textbox', { name: fillMessage(K.admin.pairingLink, { name: deviceName }) })).toHaveCount(0);

  // Without a device, the kiosk explains itself instead of asking for a sign-in.
  const strangerContext = await browser.newContext({ locale: 'pl-PL' });
  const stranger = await strangerContext.newPage();
  await stranger.goto(`/pl/kiosk/${LOCATION.slug}`);
  await expect(stranger).toHaveURL(new RegExp(`/pl/kiosk/${LOCATION.slug}$`));
  await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(K.notRegistered.title);
  await expect(stranger.getByLabel(pl.queue.kiosk.codeLabel)).toHaveCount(0);
  await expectNoAxeViolations(stranger);
  // A staff session is not a kiosk either: the admin's browser sees the same.
  await admin.goto(`/pl/kiosk/${LOCATION.slug}`);
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(K.notRegistered.title);

  // A fresh browser opens the link; pairing takes a press of the button (keyboard here), so a link preview never spends it.
  // The kiosk is a portrait touch screen (1080 × 1920) that prints on its receipt printer.
  const kioskContext = await browser.newContext({ locale: 'pl-PL', viewport: { width: 1080, height: 1920 }, hasTouch: true });
  await countPrints(kioskContext);
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(pairingUrl);
  await hydrated(kiosk);
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(K.pair.title);
  await expectNoAxeViolations(kiosk);
  await kiosk.getByRole('button', { name: K.pair.submit }).focus();
  await kiosk.keyboard.press('Enter');
  await expect(kiosk).toHaveURL(new RegExp(`/pl/kiosk/${LOCATION.slug}$`));
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(fillMessage(pl.queue.kiosk.title, { location: LOCATION.name }));
  await hydrated(kiosk);
  await expect(kiosk.getByLabel(pl.queue.kiosk.codeLabel)).toBeFocused();
  await expectNoAxeViolations(kiosk);

  // The credential: its own long-lived cookie, unreadable to scripts, never sent from other sites; no staff session.
  const cookie = await onlyDeviceCookie(kioskContext);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(cookie.expires * 1000 - Date.now()).toBeGreaterThan(300 * 24 * 3600 * 1000);
  expect(await kiosk.evaluate(() => document.cookie)).not.toContain('kiosk');

  // The link works once: a second browser gets a translated refusal and no cookie.
  const lateContext = await browser.newContext({ locale: 'pl-PL' });
  const late = await lateContext.newPage();
  await late.goto(pairingUrl);
  await hydrated(late);
  await late.getByRole('button', { name: K.pair.submit }).click();
  await expect(late.getByRole('alert').filter({ hasText: K.pair.errors.pairing_invalid })).toBeVisible();
  expect((await lateContext.cookies()).filter((c) => c.name.endsWith('pobyt.kiosk'))).toEqual([]);
  await expectNoAxeViolations(late);
  await lateContext.close();

  // Touch-sized: every key of the keypad, the submit button and the walk-in services are at least 64 × 64 px;
  // in portrait the field, the keypad and the services stack and take the width of the screen.
  const field = kiosk.getByLabel(pl.queue.kiosk.codeLabel);
  const keys = keypad(kiosk).getByRole('button');
  // The code alphabet (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), the dash, Backspace and Clear.
  await expect(keys).toHaveCount(25 + 1 + 2);
  const submit = kiosk.getByRole('button', { name: pl.queue.kiosk.submit, exact: true });
  for (const target of [...(await keys.all()), submit, kiosk.getByRole('button', { name: SERVICE.name })]) {
    const box = (await target.boundingBox())!;
    expect(box.width, `${await target.textContent()} is wide enough to touch`).toBeGreaterThanOrEqual(64);
    expect(box.height, `${await target.textContent()} is tall enough to touch`).toBeGreaterThanOrEqual(64);
  }
  const fieldBox = (await field.boundingBox())!;
  const keypadBox = (await keypad(kiosk).boundingBox())!;
  const walkInBox = (await kiosk.getByRole('button', { name: SERVICE.name }).boundingBox())!;
  expect(fieldBox.width).toBeGreaterThan(900);
  expect(walkInBox.width).toBeGreaterThan(900);
  expect(keypadBox.y).toBeGreaterThan(fieldBox.y + fieldBox.height - 1);
  expect(walkInBox.y).toBeGreaterThan(keypadBox.y + keypadBox.height - 1);

  // Check-in with the reservation code tapped on the keypad (a scanner's typing is in visit-journey.spec.ts).
  // A slip, corrected with Backspace; a false start, wiped with Clear; the field keeps the focus throughout.
  await tapOnKeypad(kiosk, 'R-X');
  await expect(field).toHaveValue('R-X');
  await expect(field).toBeFocused();
  await keypad(kiosk).getByRole('button', { name: pl.queue.kiosk.keypad.backspace }).click();
  await expect(field).toHaveValue('R-');
  await expect(field).toBeFocused();
  await keypad(kiosk).getByRole('button', { name: pl.queue.kiosk.keypad.clear }).click();
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await tapOnKeypad(kiosk, code);
  await expect(field).toHaveValue(code);
  await expect(field).toBeFocused();
  // A scanner may still type into the field after keys were tapped: the focus never left it.
  await kiosk.keyboard.press('Backspace');
  await kiosk.keyboard.type(code.slice(-1));
  await expect(field).toHaveValue(code);
  await expectNoAxeViolations(kiosk);
  expect(await prints(kiosk), 'nothing printed before a ticket').toBe(0);
  await submit.click();
  const heading = kiosk.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(pl.queue.kiosk.ticketHeading);
  const reserved = /C\d{3}/.exec((await heading.textContent()) ?? '')?.[0];
  expect(reserved, 'a card-collection ticket').toBeTruthy();
  await expectNoAxeViolations(kiosk);

  // The ticket goes to the printer once, by itself; on screen the paper's texts are not there (nor for a screen reader).
  await expect.poll(() => prints(kiosk)).toBe(1);
  await expect(kiosk.getByText(pl.queue.kiosk.print.watch)).toBeHidden();
  await expect(kiosk.locator('main').getByText(pl.common.officeName, { exact: true })).toBeHidden();
  // On paper: only the ticket — the office, the place, the number, the service, when it was issued and the visit's time.
  await kiosk.emulateMedia({ media: 'print' });
  await expect(heading).toBeHidden();
  await expect(kiosk.getByRole('button')).toHaveCount(0);
  await expect(kiosk.locator('main').getByText(pl.common.officeName, { exact: true })).toBeVisible();
  await expect(kiosk.getByText(LOCATION.name, { exact: true })).toBeVisible();
  await expect(kiosk.getByText(reserved!, { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(kiosk.getByText(SERVICE.name, { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(kiosk.getByText(fillMessage(pl.queue.kiosk.print.issued, { at: '' }).trim()).filter({ visible: true })).toHaveCount(1);
  await expect(kiosk.getByText(fillMessage(pl.queue.kiosk.print.appointment, { at: '' }).trim()).filter({ visible: true })).toHaveCount(1);
  await expect(kiosk.getByText(pl.queue.kiosk.print.watch)).toBeVisible();
  await kiosk.emulateMedia({ media: 'screen' });
  // Lost or jammed paper: the visitor prints it again.
  await kiosk.getByRole('button', { name: pl.queue.kiosk.print.again }).click();
  expect(await prints(kiosk)).toBe(2);
  await kiosk.getByRole('button', { name: pl.queue.kiosk.done }).click();

  // A walk-in ticket, with the keyboard only: from the code field, past the submit button, to the service.
  await expect(kiosk.getByLabel(pl.queue.kiosk.codeLabel)).toBeFocused();
  await kiosk.keyboard.press('Tab');
  await kiosk.keyboard.press('Tab');
  await expect(kiosk.getByRole('button', { name: SERVICE.name })).toBeFocused();
  await kiosk.keyboard.press('Enter');
  await expect(heading).toContainText(pl.queue.kiosk.ticketHeading);
  const walkIn = /C\d{3}/.exec((await heading.textContent()) ?? '')?.[0];
  expect(walkIn).toBeTruthy();
  expect(walkIn).not.toBe(reserved);

  // The applicant sees the visit checked in; the admin sees the kiosk paired and seen.
  await applicant.goto('/pl/account/reservations');
  await expect(applicant.getByRole('row').filter({ hasText: code })).toContainText(pl.reservations.status.checked_in);
  await admin.goto('/pl/staff/kiosks');
  await expect(row).toContainText(K.admin.statuses.paired);
  await expect(row).not.toContainText(K.admin.never);

  // At another location this kiosk is nobody: not its screen, and its actions there are refused.
  await kiosk.goto(`/pl/kiosk/${OTHER.slug}`);
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(K.notRegistered.title);
  const actions = serverActions();
  const action = (name: string) => actions.find((a) => a.name === `lib/queue/actions.ts#${name}`)!;
  const device = kioskContext.request;
  const anonymous = (await browser.newContext()).request;
  expect(await callAction(device, action('walkInAction'), { location: OTHER.slug, serviceId: 1 })).toEqual({ ok: false, formError: 'forbidden' });
  expect(await callAction(device, action('checkInAction'), { location: OTHER.slug, code: 'R-ACD347' })).toEqual({ ok: false, formError: 'forbidden' });
  // …while at its own location the same call works, so the cookie is really sent with these requests.
  expect(await callAction(device, action('checkInAction'), { location: LOCATION.slug, code: 'R-ACD347' })).toEqual({ ok: false, formError: 'checkin_unknown' });
  expect(await callAction(anonymous, action('checkInAction'), { location: LOCATION.slug, code: 'R-ACD347' })).toEqual({ ok: false, formError: 'forbidden' });

  // Every staff page (each page file under the staff route group) sends the kiosk to the sign-in page.
  const staffPages = filesNamed('app/[locale]/(staff)', 'page.tsx').map((f) => urlOf(f, 'app'));
  expect(staffPages.length).toBeGreaterThan(20);
  expect(staffPages).toContain('/pl/staff/kiosks');
  for (const url of staffPages) {
    await kiosk.goto(url);
    await expect(kiosk, `${url} with the kiosk cookie`).toHaveURL(/\/pl\/sign-in\?callbackUrl=/);
  }

  // Every other server action answers the kiosk exactly as it answers a stranger: the staff ones refuse.
  let refused = 0;
  for (const a of actions.filter((x) => !/#(checkInAction|walkInAction)$/.test(x.name))) {
    const asDevice = await callAction(device, a, {});
    expect(asDevice, `${a.name} with the kiosk cookie`).toEqual(await callAction(anonymous, a, {}));
    if ((asDevice as { formError?: string }).formError === 'forbidden') refused += 1;
  }
  expect(refused, 'staff actions refused to the kiosk').toBeGreaterThan(25);
  // Even with well-formed input, the admin's kiosk actions refuse it.
  expect(await callAction(device, action('registerKioskDeviceAction'), { locationId: 1, name: 'Rogue' })).toEqual({ ok: false, formError: 'forbidden' });

  // Every API route: the kiosk gets what a stranger gets, never a PDF, a letter or a register.
  const routes: Record<string, { method: 'GET' | 'POST'; url: string; expect: number | 'public' }> = {
    'app/api/applications/[id]/pdf/route.ts': { method: 'GET', url: `/api/applications/${UUID}/pdf?v=1`, expect: 404 },
    'app/api/reservations/[id]/pdf/route.ts': { method: 'GET', url: `/api/reservations/${reservationId}/pdf`, expect: 404 },
    'app/api/staff/cases/[id]/letter/route.ts': { method: 'POST', url: `/api/staff/cases/${UUID}/letter`, expect: 403 },
    'app/api/staff/enquiries/register/route.ts': { method: 'GET', url: '/api/staff/enquiries/register', expect: 403 },
    'app/api/reservations/route.ts': { method: 'POST', url: '/api/reservations', expect: 'public' },
    'app/api/auth/[...nextauth]/route.ts': { method: 'GET', url: '/api/auth/session', expect: 'public' },
    'app/api/pow/route.ts': { method: 'GET', url: '/api/pow?action=booking', expect: 'public' },
    // For load balancers: status and counts only (e2e/health.spec.ts).
    'app/api/health/route.ts': { method: 'GET', url: '/api/health', expect: 200 },
    'app/api/ready/route.ts': { method: 'GET', url: '/api/ready', expect: 200 },
    // Prometheus metrics need METRICS_TOKEN; unset (as here) the endpoint does not exist.
    'app/api/metrics/route.ts': { method: 'GET', url: '/api/metrics', expect: 404 },
    // The board's live feed is public and never ends; a kiosk reading it learns what the board shows.
    'app/api/queue/[location]/events/route.ts': { method: 'GET', url: '', expect: 'public' },
  };
  expect(Object.keys(routes).sort()).toEqual(filesNamed('app/api', 'route.ts').sort());
  // The reservation's own PDF exists: its owner gets it.
  expect((await applicant.request.get(`/api/reservations/${reservationId}/pdf`)).status()).toBe(200);
  for (const [file, r] of Object.entries(routes)) {
    if (!r.url) continue;
    const send = (req: APIRequestContext) => (r.method === 'GET' ? req.get(r.url, { maxRedirects: 0 }) : req.post(r.url, { data: { locale: 'pl' }, maxRedirects: 0 }));
    const [asDevice, asStranger] = [await send(device), await send(anonymous)];
    expect(asDevice.status(), `${file} with the kiosk cookie`).toBe(asStranger.status());
    if (r.expect !== 'public') expect(asDevice.status(), file).toBe(r.expect);
    expect(asDevice.headers()['content-type'] ?? '', file).not.toContain('pdf');
    if (r.method === 'POST' || file.includes('nextauth')) expect(await asDevice.text(), file).toBe(await asStranger.text());
  }
  // next-auth itself sees no session in the kiosk.
  expect(await (await device.get('/api/auth/session')).json()).toEqual({});

  // The admin revokes the kiosk; the screen still open is refused on its next request.
  await kiosk.goto(`/pl/kiosk/${LOCATION.slug}`);
  await hydrated(kiosk);
  await admin.goto('/pl/staff/kiosks');
  await hydrated(admin);
  await row.getByRole('button', { name: fillMessage(K.admin.revoke, { name: deviceName }) }).click();
  await expect(row).toContainText(K.admin.statuses.revoked);
  await expect(row.getByRole('button')).toHaveCount(0);
  await kiosk.getByRole('button', { name: SERVICE.name }).click();
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(K.notRegistered.title);
  await kiosk.reload();
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(K.notRegistered.title);
  await expectNoAxeViolations(kiosk);
  expect(await callAction(device, action('walkInAction'), { location: LOCATION.slug, serviceId: 1 })).toEqual({ ok: false, formError: 'forbidden' });

  // The audit log names who registered and revoked it.
  // (The filter drops `_` from what it is given, so the prefix is spelled without it.)
  await admin.goto('/pl/staff/audit?action=kiosk');
  await expect(admin.getByRole('row').filter({ hasText: 'kiosk_device.register' }).first()).toContainText('admin@pobyt.test');
  await expect(admin.getByRole('row').filter({ hasText: 'kiosk_device.revoke' }).first()).toContainText('admin@pobyt.test');
  await strangerContext.close();
  await kioskContext.close();
});

test('a pairing link without its code, or with a made-up one, is refused in plain words and sets no cookie', async ({ page, context }) => {
  await page.goto('/pl/kiosk/pair');
  await hydrated(page);
  await expect(page.getByText(K.pair.missing)).toBeVisible();
  await expect(page.getByRole('button', { name: K.pair.submit })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto(`/en/kiosk/pair#${'A'.repeat(43)}`);
  await hydrated(page);
  await page.getByRole('button', { name: en.kioskDevices.pair.submit }).click();
  await expect(page.getByRole('alert').filter({ hasText: en.kioskDevices.pair.errors.pairing_invalid })).toBeVisible();
  expect((await context.cookies()).filter((c) => c.name.endsWith('pobyt.kiosk'))).toEqual([]);
});


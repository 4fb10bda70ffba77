import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import pl from '../../messages/pl.json';
import { fillMessage, hydrated } from './session';

const K = pl.kioskDevices;

/** The admin registers a kiosk at a location on the kiosks page; returns the one-time pairing link shown. */
export async function registerKiosk(admin: Page, locationName: string, deviceName: string): Promise<string> {
  await admin.goto('/pl/staff/kiosks');
  await hydrated(admin);
  const region = admin.getByRole('region', { name: locationName, exact: true });
  await region.getByLabel(K.admin.nameLabel).fill(deviceName);
  await region.getByRole('button', { name: K.admin.register }).click();
  const link = region.getByLabel(fillMessage(K.admin.pairingLink, { name: deviceName }));
  await expect(link).toHaveValue(/\/pl\/kiosk\/pair#[A-Za-z0-9_-]{43}$/);
  return link.inputValue();
}

/** A fresh browser (no staff session) opens the pairing link and becomes the kiosk; it lands on its kiosk screen. */
export async function pairKiosk(browser: Browser, pairingUrl: string): Promise<{ context: BrowserContext; kiosk: Page }> {
  const context = await browser.newContext({ locale: 'pl-PL' });
  const kiosk = await context.newPage();
  await kiosk.goto(pairingUrl);
  await hydrated(kiosk);
  await kiosk.getByRole('button', { name: K.pair.submit }).click();
  await expect(kiosk).toHaveURL(/\/pl\/kiosk\/[a-z-]+$/);
  await expect(kiosk.getByLabel(pl.queue.kiosk.codeLabel)).toBeVisible();
  return { context, kiosk };
}

/** Both steps, for journeys that only need a working kiosk at a location. */
export async function kioskFor(browser: Browser, admin: Page, locationName: string, deviceName: string) {
  return pairKiosk(browser, await registerKiosk(admin, locationName, deviceName));
}

/** The kiosk's on-screen keypad. */
export const keypad = (kiosk: Page) => kiosk.getByRole('group', { name: pl.queue.kiosk.keypad.label });

/** Taps `text` on the on-screen keypad, one key per character, as a visitor would. */
export async function tapOnKeypad(kiosk: Page, text: string) {
  for (const c of text) await keypad(kiosk).getByRole('button', { name: c, exact: true }).click();
}

/** Replaces window.print in every page of `context` by a counter (the kiosk browser prints silently; a test browser would open a dialog). */
export async function countPrints(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { prints: number; print: () => void };
    w.prints = 0;
    w.print = () => {
      w.prints += 1;
    };
  });
}

/** How many times the page asked to print since it loaded. */
export const prints = (page: Page) => page.evaluate(() => (window as unknown as { prints: number }).prints);

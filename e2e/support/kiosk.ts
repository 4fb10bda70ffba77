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

import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { getDb } from '@/db/client';
import { config } from '@/lib/config';
import { KIOSK_CREDENTIAL_MAX_AGE_SECONDS, resolveKioskDevice, type KioskDevicePrincipal } from './kiosk-devices';

/**
 * The kiosk's credential travels in its own cookie, never in a next-auth
 * session, so no staff guard (layouts, roleAction, route handlers) ever sees it.
 * `__Host-` (Secure, Path=/, no Domain) where the app runs on HTTPS, so no other host can plant it.
 */
export function kioskCookieName() {
  return config().appUrl.startsWith('https:') ? '__Host-pobyt.kiosk' : 'pobyt.kiosk';
}

export async function setKioskCredentialCookie(credential: string) {
  (await cookies()).set(kioskCookieName(), credential, {
    httpOnly: true,
    // Strict: no other site can make the kiosk browser send its credential.
    sameSite: 'strict',
    secure: config().appUrl.startsWith('https:'),
    path: '/',
    maxAge: KIOSK_CREDENTIAL_MAX_AGE_SECONDS,
  });
}

/** The paired kiosk this browser is, or null; once per request (the page and its metadata share it). */
export const currentKioskDevice = cache(async (): Promise<KioskDevicePrincipal | null> => {
  const credential = (await cookies()).get(kioskCookieName())?.value;
  if (!credential) return null;
  return resolveKioskDevice(await getDb(), credential);
});

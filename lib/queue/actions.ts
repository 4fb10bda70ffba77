'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import type { z } from '@/lib/zod';
import { getDb } from '@/db/client';
import { publicAction, roleAction } from '@/lib/actions/define';
import { fieldErrorsOf, FORBIDDEN, type ActionResult } from '@/lib/actions/result';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { actorWithRole } from '@/lib/auth/session';
import { clientAddress } from '@/lib/auth/client-address';
import { config } from '@/lib/config';
import { getPathname } from '@/i18n/navigation';
import { log } from '@/lib/log';
import { callNext, finishTicket, recallTicket } from './desk';
import { currentKioskDevice, setKioskCredentialCookie } from './kiosk-cookie';
import { kioskDeviceAt, pairKioskDevice, registerKioskDevice, revokeKioskDevice } from './kiosk-devices';
import { callNextSchema, checkInSchema, finishSchema, kioskDeviceIdSchema, pairKioskDeviceSchema, registerKioskDeviceSchema, ticketActionSchema, walkInSchema } from './schemas';
import { checkIn, findLocation, takeWalkInTicket, type KioskCaller } from './tickets';

const ADMIN = ['admin'] as const;

/**
 * The kiosk's two actions accept the paired device of THAT location or (kept
 * for now, until every office has paired its kiosks) a staff session. The
 * device credential is a cookie of its own, so no other action knows it.
 */
function kioskAction<S extends z.ZodType<{ location: string }>, R extends object>(schema: S, run: (input: z.output<S>, by: KioskCaller, locationId: number) => Promise<ActionResult<R>>) {
  return async (raw: unknown): Promise<ActionResult<R>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      const loc = await findLocation(await getDb(), parsed.data.location);
      const device = loc ? kioskDeviceAt(await currentKioskDevice(), loc.id) : null;
      const by: KioskCaller | null = device ?? (await actorWithRole(STAFF_ROLES));
      // Refused before the location is looked at, so a stranger learns nothing about slugs.
      if (!by) return FORBIDDEN as ActionResult<R>;
      if (!loc) return { ok: false, formError: 'not_found' };
      return await run(parsed.data, by, loc.id);
    } catch (e) {
      log.error('Kiosk action failed', e);
      return { ok: false, formError: 'unexpected' };
    }
  };
}

export const checkInAction = kioskAction(checkInSchema, async ({ code }, by, locationId) => checkIn(await getDb(), by, locationId, code));

export const walkInAction = kioskAction(walkInSchema, async ({ serviceId }, by, locationId) => takeWalkInTicket(await getDb(), by, locationId, serviceId));

export const callNextAction = roleAction(STAFF_ROLES, callNextSchema, async ({ deskId }, actor) => callNext(await getDb(), actor, deskId));

export const recallAction = roleAction(STAFF_ROLES, ticketActionSchema, async ({ deskId, ticketId }, actor) => recallTicket(await getDb(), actor, deskId, ticketId));

export const finishAction = roleAction(STAFF_ROLES, finishSchema, async ({ deskId, ticketId, outcome }, actor) => finishTicket(await getDb(), actor, deskId, ticketId, outcome));

const kiosksChanged = () => revalidatePath('/[locale]/staff/kiosks', 'page');

/** The pairing link is shown once to the admin; the token sits in the fragment, which browsers never send to a server or a log. */
export const registerKioskDeviceAction = roleAction(ADMIN, registerKioskDeviceSchema, async (input, actor): Promise<ActionResult<{ deviceId: string; pairingUrl: string }>> => {
  const r = await registerKioskDevice(await getDb(), actor, input);
  if (!r.ok) return r;
  kiosksChanged();
  const path = getPathname({ href: '/kiosk/pair', locale: await getLocale() });
  return { ok: true as const, deviceId: r.deviceId, pairingUrl: `${config().appUrl}${path}#${r.pairingToken}` };
});

export const revokeKioskDeviceAction = roleAction(ADMIN, kioskDeviceIdSchema, async ({ id }, actor): Promise<ActionResult> => {
  const r = await revokeKioskDevice(await getDb(), actor, id);
  if (r.ok) kiosksChanged();
  return r;
});

/** Run on the kiosk device itself: the one-time token becomes the device's long-lived cookie. */
export const pairKioskDeviceAction = publicAction(pairKioskDeviceSchema, async ({ token }): Promise<ActionResult<{ location: string }>> => {
  const r = await pairKioskDevice(await getDb(), token, new Date(), clientAddress(await headers()));
  if (!r.ok) return { ok: false, formError: r.code };
  await setKioskCredentialCookie(r.credential);
  return { ok: true as const, location: r.device.locationSlug };
});

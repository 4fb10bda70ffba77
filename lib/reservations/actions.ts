'use server';

import { getLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { roleAction } from '@/lib/actions/define';
import { PANEL_ROLES } from '@/lib/auth/actor';
import type { Locale } from '@/i18n/routing';
import { cancelReservation, moveReservation } from './booking';
import { requestBooking } from './request';
import { bookingRequestSchema, cancelSchema, moveSchema } from './schemas';

export const bookVisitAction = roleAction(PANEL_ROLES, bookingRequestSchema, async (input, actor) =>
  requestBooking(await getDb(), actor, input, { address: actor.clientAddress ?? null, locale: (await getLocale()) as Locale, email: actor.email }),
);

export const cancelReservationAction = roleAction(PANEL_ROLES, cancelSchema, async (input, actor) => cancelReservation(await getDb(), actor, input.reservationId));

export const moveReservationAction = roleAction(PANEL_ROLES, moveSchema, async (input, actor) => moveReservation(await getDb(), actor, input.reservationId, input.slotId));

'use server';

import { getDb } from '@/db/client';
import { roleAction } from '@/lib/actions/define';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { callNext, finishTicket, recallTicket } from './desk';
import { callNextSchema, checkInSchema, finishSchema, ticketActionSchema, walkInSchema } from './schemas';
import { checkIn, findLocation, takeWalkInTicket } from './tickets';

// The kiosk runs in a session reception opened in the morning, so a check-in
// can only happen at a device in the office, never from home.

export const checkInAction = roleAction(STAFF_ROLES, checkInSchema, async ({ location, code }, actor) => {
  const db = await getDb();
  const loc = await findLocation(db, location);
  if (!loc) return { ok: false, formError: 'not_found' };
  return checkIn(db, actor, loc.id, code);
});

export const walkInAction = roleAction(STAFF_ROLES, walkInSchema, async ({ location, serviceId }, actor) => {
  const db = await getDb();
  const loc = await findLocation(db, location);
  if (!loc) return { ok: false, formError: 'not_found' };
  return takeWalkInTicket(db, actor, loc.id, serviceId);
});

export const callNextAction = roleAction(STAFF_ROLES, callNextSchema, async ({ deskId }, actor) => callNext(await getDb(), actor, deskId));

export const recallAction = roleAction(STAFF_ROLES, ticketActionSchema, async ({ deskId, ticketId }, actor) => recallTicket(await getDb(), actor, deskId, ticketId));

export const finishAction = roleAction(STAFF_ROLES, finishSchema, async ({ deskId, ticketId, outcome }, actor) => finishTicket(await getDb(), actor, deskId, ticketId, outcome));

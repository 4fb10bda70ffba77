import 'server-only';
import type { Db } from '@/db/client';
import type { Locale } from '@/i18n/routing';
import type { ActionResult } from '@/lib/actions/result';
import type { Actor } from '@/lib/auth/actor';
import { lockedUntil, recordHit, type Limit } from '@/lib/security/rate-limit';
import { spendSolution } from '@/lib/security/pow';
import { bookVisit } from './booking';
import type { BookingRequest } from './schemas';

const hourly = (max: number): Limit => ({ max, windowSeconds: 3600, lockSeconds: 3600 });

/**
 * Bookings per hour. An employer books for employees, so gets more; an address
 * may hide a whole family or an internet café behind NAT. Both are settings,
 * since load tests and very large employers need other values.
 */
export function bookingLimits(role: Actor['role']) {
  const perAccount = Number(process.env.BOOKING_LIMIT_PER_ACCOUNT) || (role === 'employer' ? 20 : 4);
  const perAddress = Number(process.env.BOOKING_LIMIT_PER_ADDRESS) || 30;
  return { account: hourly(perAccount), address: hourly(perAddress) };
}

export type BookingContext = { address: string | null; locale: Locale; email: string | null };

/**
 * An applicant's or employer's booking, with everything that guards it: the
 * hourly limits, a proof of work spent once, then the booking itself (which
 * enforces capacity, release time and the one-passport rule in the database).
 */
export async function requestBooking(db: Db, actor: Actor, input: BookingRequest, ctx: BookingContext): Promise<ActionResult<{ code: string; reservationId: string }>> {
  const limits = bookingLimits(actor.role);
  const keys = [`booking:account:${actor.id}`, ...(ctx.address ? [`booking:address:${ctx.address}`] : [])];
  for (const key of keys) if (await lockedUntil(db, key)) return { ok: false, formError: 'booking_rate_limited' };

  const powError = await spendSolution(db, input.proof);
  if (powError) return { ok: false, formError: powError };

  await recordHit(db, keys[0]!, limits.account);
  if (keys[1]) await recordHit(db, keys[1], limits.address);

  const { slotId, proof: _proof, ...visitor } = input;
  return bookVisit(db, { ...actor, clientAddress: ctx.address }, slotId, visitor, undefined, { email: ctx.email, locale: ctx.locale });
}

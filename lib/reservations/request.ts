import 'server-only';
import type { Db } from '@/db/client';
import type { Locale } from '@/i18n/routing';
import type { ActionResult } from '@/lib/actions/result';
import type { Actor } from '@/lib/auth/actor';
import { reserveAttempts, type Limit } from '@/lib/security/rate-limit';
import { countBookingRefusal } from '@/lib/metrics/bookings';
import { config } from '@/lib/config';
import { bookVisit } from './booking';
import type { BookingRequest } from './schemas';

const hourly = (max: number): Limit => ({ max, windowSeconds: 3600, lockSeconds: 3600 });

/**
 * Bookings per hour. An employer books for employees, so gets more; an address
 * may hide a whole family or an internet café behind NAT. Both are settings,
 * since load tests and very large employers need other values.
 */
export function bookingLimits(role: Actor['role']) {
  const cfg = config();
  const perAccount = cfg.BOOKING_LIMIT_PER_ACCOUNT ?? (role === 'employer' ? 20 : 4);
  const perAddress = cfg.BOOKING_LIMIT_PER_ADDRESS;
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
  // Reserved before anything else, in one statement per key, so parallel requests cannot outrun the limit.
  const reserved = await reserveAttempts(db, [
    [`booking:account:${actor.id}`, limits.account],
    ...(ctx.address ? [[`booking:address:${ctx.address}`, limits.address] as const] : []),
  ]);
  if (!reserved.ok) {
    countBookingRefusal('booking_rate_limited');
    return { ok: false, formError: 'booking_rate_limited' };
  }

  const { slotId, proof: _proof, ...visitor } = input;
  // The proof of work is spent inside the booking's transaction: a refused booking keeps it usable.
  return bookVisit(db, { ...actor, clientAddress: ctx.address }, slotId, visitor, undefined, { email: ctx.email, locale: ctx.locale }, input.proof);
}

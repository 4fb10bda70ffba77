import { Counter } from 'prom-client';
import type { ActionResult } from '@/lib/actions/result';
import { metric } from './registry.mjs';

export const BOOKINGS_TOTAL = 'pobyt_bookings_total';
export const BOOKING_REFUSALS_TOTAL = 'pobyt_booking_refusals_total';

const bookings = () =>
  metric(BOOKINGS_TOTAL, (registry) => new Counter({ name: BOOKINGS_TOTAL, help: 'Visit booking attempts by result: booked, refused (a reason the visitor is told), failed (an unexpected error)', labelNames: ['result'] as const, registers: [registry] }));
const refusals = () =>
  metric(BOOKING_REFUSALS_TOTAL, (registry) => new Counter({ name: BOOKING_REFUSALS_TOTAL, help: 'Refused visit bookings by reason (slot_taken, passport_active, booking_rate_limited …)', labelNames: ['reason'] as const, registers: [registry] }));

// Reasons are the result codes the booking returns; anything else is not a label (bounded cardinality).
const reasonLabel = (code: string | undefined) => (code && /^[a-z_]{1,40}$/.test(code) ? code : 'other');

export function initBookingMetrics() {
  for (const result of ['booked', 'refused', 'failed']) bookings().inc({ result }, 0);
  refusals();
}

/** Counts one refusal that happens before the booking itself (the hourly limits). */
export function countBookingRefusal(reason: string) {
  bookings().inc({ result: 'refused' });
  refusals().inc({ reason: reasonLabel(reason) });
}

/** Runs one booking and counts its outcome; an unexpected error is counted as failed and thrown on. */
export async function countBooking<R extends ActionResult<object>>(book: () => Promise<R>): Promise<R> {
  let result: R;
  try {
    result = await book();
  } catch (e) {
    bookings().inc({ result: 'failed' });
    throw e;
  }
  if (result.ok) bookings().inc({ result: 'booked' });
  else countBookingRefusal(result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? 'invalid');
  return result;
}

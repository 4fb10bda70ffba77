import { sql } from 'drizzle-orm';
import { visitSlots } from '@/db/schema';
import { config } from '@/lib/config';

/**
 * A visitor must be at the office 15 minutes early, so a time a few minutes away cannot be kept:
 * booking (and moving to) a time closes this many minutes before it starts. `BOOKING_MIN_LEAD_MINUTES`,
 * 60 by default; 0 lets any future time be booked.
 */
export const bookingLeadMinutes = (): number => config().BOOKING_MIN_LEAD_MINUTES;

/** The slot can still be booked: it starts later than now plus the lead time (0 for staff booking someone at the desk). */
export const startsLateEnough = (minutes = bookingLeadMinutes()) => sql`${visitSlots.startsAt} > now() + make_interval(mins => ${minutes})`;

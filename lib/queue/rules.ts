/** The queue's rules as plain functions: no database, so they are unit-tested directly. */

/** A visitor may check in from this many minutes before the slot start (the PDF asks them to come 15 minutes early). */
export const CHECK_IN_OPENS_MINUTES = 30;

/** "A" and 23 → "A023"; past 999 the number simply grows ("A1000"). */
export function ticketLabel(letter: string, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`ticket number must be a positive integer, got ${number}`);
  return `${letter.toUpperCase()}${String(number).padStart(3, '0')}`;
}

/**
 * What a person typed or a scanner sent → the stored form `R-ABC234`, or null.
 * Case, spaces and dashes do not matter; the `R` prefix may be left out; a
 * scanned link ending in the code works too. Reservation codes come from
 * `R-${randomCode(6)}` (lib/reservations/booking.ts).
 */
export function normalizeReservationCode(raw: string): string | null {
  let text = raw.trim().toUpperCase();
  // A QR code may carry a link such as https://…/reservations/R-ABC234.
  if (text.includes('/')) text = text.slice(text.lastIndexOf('/') + 1);
  text = text.replace(/\s+/g, '');
  // Typed with its dash ("R-…", or a dash a phone keyboard substituted), the R is the prefix.
  const prefixed = /^R[-\u2010-\u2015]/.test(text);
  const compact = text.replace(/[^A-Z0-9]/g, '');
  if (prefixed) return /^R[A-Z0-9]{6}$/.test(compact) ? `R-${compact.slice(1)}` : null;
  if (/^R[A-Z0-9]{6}$/.test(compact)) return `R-${compact.slice(1)}`;
  if (/^[A-Z0-9]{6}$/.test(compact)) return `R-${compact}`;
  return null;
}

export type CheckInTiming = { verdict: 'early' | 'on_time' | 'late'; opensAt: Date; closesAt: Date };

/** Check-in is open from 30 minutes before the slot until its grace minutes after (both ends included). */
export function checkInTiming(startsAt: Date, graceMinutes: number, now: Date): CheckInTiming {
  const opensAt = new Date(startsAt.getTime() - CHECK_IN_OPENS_MINUTES * 60_000);
  const closesAt = new Date(startsAt.getTime() + graceMinutes * 60_000);
  const verdict = now < opensAt ? 'early' : now > closesAt ? 'late' : 'on_time';
  return { verdict, opensAt, closesAt };
}

export type Waiting = { id: number; kind: 'reserved' | 'walk_in'; appointmentAt: Date | null; issuedAt: Date };

/**
 * The calling order (the desk's SQL uses the same ORDER BY): reserved tickets
 * first, by appointment time; then walk-ins, first come first served. Ties
 * (two people booked on one slot) go by when the ticket was printed.
 */
export function compareCallOrder(a: Waiting, b: Waiting): number {
  if (a.kind !== b.kind) return a.kind === 'reserved' ? -1 : 1;
  const at = (a.appointmentAt?.getTime() ?? Infinity) - (b.appointmentAt?.getTime() ?? Infinity);
  if (a.kind === 'reserved' && at) return at;
  return a.issuedAt.getTime() - b.issuedAt.getTime() || a.id - b.id;
}

import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { reservations, visitSlots, type Minor } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import type { ActionResult } from '@/lib/actions/result';
import { randomCode } from '@/lib/security/codes';
import { spendSolution } from '@/lib/security/pow';
import { normalizePassportNumber } from '@/lib/forms/validators/passport';
import type { Locale } from '@/i18n/routing';
import { countBooking } from '@/lib/metrics/bookings';
import { enqueueReservationNotice } from './notice-queue';
import { bookingLeadMinutes, startsLateEnough } from './lead-time';

export type Visitor = { givenName: string; familyName: string; birthDate: string; passportNumber: string; minors?: Minor[] };
/** Where the confirmation goes; the notice is queued in the booking's own transaction. */
export type Contact = { email: string | null; locale: Locale };

/** The owner may cancel or move a visit until this many hours before it. */
export const CHANGE_CUTOFF_HOURS = 24;

class BookingRefused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
};

/**
 * Books one place. The slot's counter goes up in a single conditional UPDATE
 * (capacity not reached, released, not past), which PostgreSQL serialises on
 * the row: under any number of concurrent attempts no slot is overbooked, and a
 * CHECK on the table holds the line as well. The passport rule is a partial
 * unique index. Either step failing rolls the whole booking back.
 */
async function bookOnce(
  db: Db,
  actor: Actor,
  slotId: number,
  visitor: Visitor,
  staffReason?: string,
  contact?: Contact,
  proof?: string,
): Promise<ActionResult<{ code: string; reservationId: string }>> {
  const staff = actor.role === 'clerk' || actor.role === 'reception' || actor.role === 'admin';
  if (staff && !staffReason?.trim()) return { ok: false, fieldErrors: { staffReason: 'staff_reason_required' } };
  // Staff book for someone already at the office: no need to arrive early.
  const lead = staff ? 0 : bookingLeadMinutes();
  try {
    return await db.transaction(async (tx) => {
      if (proof !== undefined) {
        const powError = await spendSolution(tx, proof, 'booking');
        if (powError) throw new BookingRefused(powError);
      }
      const [slot] = await tx
        .update(visitSlots)
        .set({ booked: sql`${visitSlots.booked} + 1` })
        .where(and(eq(visitSlots.id, slotId), sql`${visitSlots.booked} < ${visitSlots.capacity}`, sql`${visitSlots.releasedAt} <= now()`, startsLateEnough(lead)))
        .returning({ serviceId: visitSlots.serviceId, startsAt: visitSlots.startsAt });
      if (!slot) throw new BookingRefused(await whyRefused(tx, slotId, lead));
      const code = `R-${randomCode(6)}`;
      const [row] = await tx
        .insert(reservations)
        .values({
          code,
          slotId,
          serviceId: slot.serviceId,
          ownerId: staff ? null : actor.id,
          givenName: visitor.givenName,
          familyName: visitor.familyName,
          birthDate: visitor.birthDate,
          // Spaces never belong to a passport number; the same document must always compare equal.
          passportNumber: normalizePassportNumber(visitor.passportNumber).replace(/\s+/g, ''),
          minors: visitor.minors ?? [],
          staffBooking: staff,
          staffReason: staff ? staffReason!.trim() : null,
          locale: contact?.locale ?? 'pl',
          email: contact?.email ?? null,
        })
        .returning({ id: reservations.id });
      if (contact?.email) await enqueueReservationNotice(tx, { id: row!.id, email: contact.email, locale: contact.locale }, 'reservation_confirmed');
      await writeAudit(tx, actor, { action: staff ? 'reservation.staff_book' : 'reservation.book', entityType: 'reservation', entityId: row!.id, after: { code, slotId, staffReason: staffReason ?? null } });
      return { ok: true as const, code, reservationId: row!.id };
    });
  } catch (e) {
    if (e instanceof BookingRefused) return { ok: false, formError: e.code };
    if (isUniqueViolation(e)) return { ok: false, formError: 'passport_active' };
    throw e;
  }
}

/** Books one place (see bookOnce) and counts the outcome in pobyt_bookings_total and pobyt_booking_refusals_total. */
export const bookVisit = (...args: Parameters<typeof bookOnce>) => countBooking(() => bookOnce(...args));

async function whyRefused(db: DbOrTx, slotId: number, lead = bookingLeadMinutes()): Promise<string> {
  const [s] = await db
    .select({ full: sql<boolean>`${visitSlots.booked} >= ${visitSlots.capacity}`, unreleased: sql<boolean>`${visitSlots.releasedAt} > now()`, past: sql<boolean>`${visitSlots.startsAt} <= now()`, tooSoon: sql<boolean>`not (${startsLateEnough(lead)})` })
    .from(visitSlots)
    .where(eq(visitSlots.id, slotId));
  if (!s) return 'not_found';
  if (s.past) return 'slot_past';
  if (s.tooSoon) return 'slot_too_soon';
  if (s.unreleased) return 'slot_not_released';
  return 'slot_taken';
}

const beforeCutoff = sql`exists (select 1 from ${visitSlots} s where s.id = ${reservations.slotId} and s.starts_at > now() + make_interval(hours => ${CHANGE_CUTOFF_HOURS}))`;

/** Why the owner's change was refused: not theirs (or gone) looks the same as unknown, so ids cannot be probed. */
async function whyNotChangeable(db: DbOrTx, actor: Actor, reservationId: string): Promise<string> {
  const [r] = await db
    .select({ status: reservations.status, late: sql<boolean>`not ${beforeCutoff}` })
    .from(reservations)
    .where(and(eq(reservations.id, reservationId), eq(reservations.ownerId, actor.id)));
  if (!r) return 'not_found';
  if (r.status !== 'active') return 'reservation_not_active';
  return r.late ? 'reservation_cutoff' : 'not_found';
}

/** Cancels the owner's active reservation (until the cut-off) and gives its place back. */
export async function cancelReservation(db: Db, actor: Actor, reservationId: string): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const [r] = await tx
      .update(reservations)
      .set({ status: 'cancelled', cancelledAt: sql`now()`, cancelReason: 'owner', sequence: sql`${reservations.sequence} + 1` })
      .where(and(eq(reservations.id, reservationId), eq(reservations.ownerId, actor.id), eq(reservations.status, 'active'), beforeCutoff))
      .returning({ slotId: reservations.slotId, code: reservations.code, email: reservations.email, locale: reservations.locale });
    if (!r) return { ok: false, formError: await whyNotChangeable(tx, actor, reservationId) };
    await tx.update(visitSlots).set({ booked: sql`${visitSlots.booked} - 1` }).where(eq(visitSlots.id, r.slotId));
    await writeAudit(tx, actor, { action: 'reservation.cancel', entityType: 'reservation', entityId: reservationId, after: { code: r.code } });
    if (r.email) await enqueueReservationNotice(tx, { id: reservationId, email: r.email, locale: r.locale as Locale }, 'reservation_cancelled');
    return { ok: true };
  });
}

/**
 * Moves the owner's reservation to another slot of the same service and
 * location. Only the time changes: the code, the visitor and the passport stay
 * (a reservation is not transferable). The new place is taken with the same
 * conditional update as a booking, so a move cannot overbook either.
 */
export async function moveReservation(db: Db, actor: Actor, reservationId: string, newSlotId: number): Promise<ActionResult<{ code: string }>> {
  try {
    return await db.transaction(async (tx) => {
      const [r] = await tx
        .select({ slotId: reservations.slotId, code: reservations.code, serviceId: reservations.serviceId, email: reservations.email, locale: reservations.locale, locationId: visitSlots.locationId })
        .from(reservations)
        .innerJoin(visitSlots, eq(visitSlots.id, reservations.slotId))
        .where(and(eq(reservations.id, reservationId), eq(reservations.ownerId, actor.id), eq(reservations.status, 'active'), beforeCutoff))
        .for('update', { of: reservations });
      if (!r) throw new BookingRefused(await whyNotChangeable(tx, actor, reservationId));
      if (r.slotId === newSlotId) throw new BookingRefused('reservation_same_slot');
      const [taken] = await tx
        .update(visitSlots)
        .set({ booked: sql`${visitSlots.booked} + 1` })
        .where(
          and(
            eq(visitSlots.id, newSlotId),
            eq(visitSlots.serviceId, r.serviceId),
            eq(visitSlots.locationId, r.locationId),
            sql`${visitSlots.booked} < ${visitSlots.capacity}`,
            sql`${visitSlots.releasedAt} <= now()`,
            startsLateEnough(),
          ),
        )
        .returning({ id: visitSlots.id });
      if (!taken) throw new BookingRefused(await whyRefused(tx, newSlotId));
      await tx.update(visitSlots).set({ booked: sql`${visitSlots.booked} - 1` }).where(eq(visitSlots.id, r.slotId));
      // A new revision of the visit: its calendar file must outrank every earlier one.
      await tx.update(reservations).set({ slotId: newSlotId, sequence: sql`${reservations.sequence} + 1` }).where(eq(reservations.id, reservationId));
      await writeAudit(tx, actor, { action: 'reservation.move', entityType: 'reservation', entityId: reservationId, before: { slotId: r.slotId }, after: { slotId: newSlotId, code: r.code } });
      if (r.email) await enqueueReservationNotice(tx, { id: reservationId, email: r.email, locale: r.locale as Locale }, 'reservation_moved');
      return { ok: true as const, code: r.code };
    });
  } catch (e) {
    if (e instanceof BookingRefused) return { ok: false, formError: e.code };
    throw e;
  }
}

/** Whether the owner may still move or cancel (the same rule the database applies). */
export function isChangeable(r: { status: string; startsAt: Date }, now = new Date()): boolean {
  return r.status === 'active' && r.startsAt.getTime() > now.getTime() + CHANGE_CUTOFF_HOURS * 3_600_000;
}

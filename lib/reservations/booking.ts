import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { closedDays, reservations, visitSchedules, visitSlots, type Minor } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import type { ActionResult } from '@/lib/actions/result';
import { randomCode } from '@/lib/security/codes';
import { normalizePassportNumber } from '@/lib/forms/validators/passport';
import { generateSlots } from './slots';

export type Visitor = { givenName: string; familyName: string; birthDate: string; passportNumber: string; minors?: Minor[] };

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
export async function bookVisit(db: Db, actor: Actor, slotId: number, visitor: Visitor, staffReason?: string): Promise<ActionResult<{ code: string; reservationId: string }>> {
  const staff = actor.role === 'clerk' || actor.role === 'reception' || actor.role === 'admin';
  if (staff && !staffReason?.trim()) return { ok: false, fieldErrors: { staffReason: 'staff_reason_required' } };
  try {
    return await db.transaction(async (tx) => {
      const [slot] = await tx
        .update(visitSlots)
        .set({ booked: sql`${visitSlots.booked} + 1` })
        .where(and(eq(visitSlots.id, slotId), sql`${visitSlots.booked} < ${visitSlots.capacity}`, sql`${visitSlots.releasedAt} <= now()`, sql`${visitSlots.startsAt} > now()`))
        .returning({ serviceId: visitSlots.serviceId, startsAt: visitSlots.startsAt });
      if (!slot) throw new BookingRefused(await whyRefused(tx, slotId));
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
        })
        .returning({ id: reservations.id });
      await writeAudit(tx, actor, { action: staff ? 'reservation.staff_book' : 'reservation.book', entityType: 'reservation', entityId: row!.id, after: { code, slotId, staffReason: staffReason ?? null } });
      return { ok: true as const, code, reservationId: row!.id };
    });
  } catch (e) {
    if (e instanceof BookingRefused) return { ok: false, formError: e.code };
    if (isUniqueViolation(e)) return { ok: false, formError: 'passport_active' };
    throw e;
  }
}

async function whyRefused(db: DbOrTx, slotId: number): Promise<string> {
  const [s] = await db
    .select({ full: sql<boolean>`${visitSlots.booked} >= ${visitSlots.capacity}`, unreleased: sql<boolean>`${visitSlots.releasedAt} > now()`, past: sql<boolean>`${visitSlots.startsAt} <= now()` })
    .from(visitSlots)
    .where(eq(visitSlots.id, slotId));
  if (!s) return 'not_found';
  if (s.past) return 'slot_past';
  if (s.unreleased) return 'slot_not_released';
  return 'slot_taken';
}

/** Cancels the owner's active reservation and gives its place back. */
export async function cancelReservation(db: Db, actor: Actor, reservationId: string): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const [r] = await tx
      .update(reservations)
      .set({ status: 'cancelled', cancelledAt: sql`now()` })
      .where(and(eq(reservations.id, reservationId), eq(reservations.ownerId, actor.id), eq(reservations.status, 'active')))
      .returning({ slotId: reservations.slotId, code: reservations.code });
    if (!r) return { ok: false, formError: 'not_found' };
    await tx.update(visitSlots).set({ booked: sql`${visitSlots.booked} - 1` }).where(eq(visitSlots.id, r.slotId));
    await writeAudit(tx, actor, { action: 'reservation.cancel', entityType: 'reservation', entityId: reservationId, after: { code: r.code } });
    return { ok: true };
  });
}

/** Creates the slots of every schedule for the coming days; existing slots are kept as they are. */
export async function generateScheduledSlots(db: Db, from: string, to: string): Promise<number> {
  const [schedules, closed] = await Promise.all([db.select().from(visitSchedules), db.select().from(closedDays)]);
  let created = 0;
  for (const s of schedules) {
    const closedHere = new Set(closed.filter((c) => c.locationId === null || c.locationId === s.locationId).map((c) => c.date));
    const slots = generateSlots({ ...s, weekdays: s.weekdays, opensAt: s.opensAt.slice(0, 5), closesAt: s.closesAt.slice(0, 5), releaseAt: s.releaseAt.slice(0, 5) }, from, to, closedHere);
    if (!slots.length) continue;
    const rows = await db
      .insert(visitSlots)
      .values(slots.map((x) => ({ locationId: s.locationId, serviceId: s.serviceId, ...x })))
      .onConflictDoNothing()
      .returning({ id: visitSlots.id });
    created += rows.length;
  }
  return created;
}

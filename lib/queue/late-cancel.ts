import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reservations, visitServices, visitSlots } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';

/**
 * Reservations nobody checked in for by the end of the grace period become
 * no-shows. One conditional UPDATE … RETURNING does it: when two workers run
 * at once, the second waits for the first's row locks, re-reads `status =
 * 'active'`, and skips the rows already taken, so each row is returned (and
 * audited) once. The audit rows go in the same transaction. The actor is the
 * system (null in the log).
 */
export async function lapseLateReservations(db: Db, now: Date = new Date()): Promise<{ lapsed: number }> {
  return db.transaction(async (tx) => {
    const due = tx
      .select({ id: reservations.id })
      .from(reservations)
      .innerJoin(visitSlots, eq(visitSlots.id, reservations.slotId))
      .innerJoin(visitServices, eq(visitServices.id, reservations.serviceId))
      .where(and(eq(reservations.status, 'active'), sql`${visitSlots.startsAt} + make_interval(mins => ${visitServices.graceMinutes}::int) < ${now.toISOString()}::timestamptz`));
    const rows = await tx
      .update(reservations)
      .set({ status: 'no_show' })
      .where(and(inArray(reservations.id, due), eq(reservations.status, 'active')))
      .returning({ id: reservations.id, code: reservations.code, slotId: reservations.slotId });
    for (const r of rows) {
      await writeAudit(tx, null, { action: 'queue.late_cancel', entityType: 'reservation', entityId: r.id, before: { status: 'active' }, after: { status: 'no_show', code: r.code, slotId: r.slotId } });
    }
    return { lapsed: rows.length };
  });
}

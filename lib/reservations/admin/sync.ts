import 'server-only';
import { and, eq, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { visitSlots } from '@/db/schema';
import { addDays, warsawDate } from '@/lib/calendar/dates';
import { plannedSlots, SLOT_HORIZON_DAYS, lockSlotGeneration } from '../jobs';
import { warsawInstant } from '../slots';

export type SyncResult = { added: number; removed: number; changed: number; keptBooked: number };

const CHUNK = 1000;
const chunks = <T,>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Brings the future slots of the next 8 weeks in line with the schedules and
 * closed days, for one location and/or service (or everything). New slots are
 * added; a slot that no longer fits is removed only if nobody ever booked it;
 * a slot with bookings is never removed, and its capacity never goes below
 * `booked` (when it no longer fits, it keeps exactly its bookings). Capacity
 * already released is never taken back into the future. Run it inside the
 * transaction that changed the configuration.
 */
export async function syncSlots(tx: DbOrTx, scope: { locationId?: number; serviceId?: number } = {}, now = new Date()): Promise<SyncResult> {
  await lockSlotGeneration(tx);
  const from = warsawDate(now);
  const to = addDays(from, SLOT_HORIZON_DAYS);
  const planned = (await plannedSlots(tx, from, to, scope)).filter((s) => s.startsAt > now);
  const where: SQL[] = [gt(visitSlots.startsAt, now), lt(visitSlots.startsAt, warsawInstant(addDays(to, 1), 0))];
  if (scope.locationId) where.push(eq(visitSlots.locationId, scope.locationId));
  if (scope.serviceId) where.push(eq(visitSlots.serviceId, scope.serviceId));
  const existing = await tx
    .select({
      id: visitSlots.id,
      locationId: visitSlots.locationId,
      serviceId: visitSlots.serviceId,
      startsAt: visitSlots.startsAt,
      capacity: visitSlots.capacity,
      booked: visitSlots.booked,
      releasedAt: visitSlots.releasedAt,
      everBooked: sql<boolean>`exists (select 1 from reservations r where r.slot_id = "visit_slots"."id")`,
    })
    .from(visitSlots)
    .where(and(...where));

  const key = (s: { locationId: number; serviceId: number; startsAt: Date }) => `${s.locationId}:${s.serviceId}:${s.startsAt.getTime()}`;
  const wanted = new Map(planned.map((p) => [key(p), p]));
  const seen = new Set<string>();
  const toRemove: number[] = [];
  const toFreeze: number[] = [];
  const byCapacity = new Map<number, number[]>();
  const byRelease = new Map<number, number[]>();
  let keptBooked = 0;
  for (const s of existing) {
    const k = key(s);
    const p = wanted.get(k);
    seen.add(k);
    if (!p) {
      if (s.booked === 0 && !s.everBooked) toRemove.push(s.id);
      else {
        if (s.booked > 0) keptBooked++;
        if (s.capacity !== s.booked) toFreeze.push(s.id);
      }
      continue;
    }
    if (s.capacity !== Math.max(p.capacity, s.booked)) byCapacity.set(p.capacity, [...(byCapacity.get(p.capacity) ?? []), s.id]);
    // A new release time applies only to capacity not yet released.
    if (s.releasedAt > now && s.releasedAt.getTime() !== p.releasedAt.getTime()) byRelease.set(p.releasedAt.getTime(), [...(byRelease.get(p.releasedAt.getTime()) ?? []), s.id]);
  }

  let removed = 0;
  let changed = 0;
  // Each statement re-checks `booked` on the locked row, so a booking that lands meanwhile is never lost.
  for (const ids of chunks(toRemove)) {
    const rows = await tx
      .delete(visitSlots)
      .where(and(inArray(visitSlots.id, ids), eq(visitSlots.booked, 0), sql`not exists (select 1 from reservations r where r.slot_id = "visit_slots"."id")`))
      .returning({ id: visitSlots.id });
    removed += rows.length;
  }
  for (const ids of chunks(toFreeze)) {
    changed += (await tx.update(visitSlots).set({ capacity: sql`${visitSlots.booked}` }).where(inArray(visitSlots.id, ids)).returning({ id: visitSlots.id })).length;
  }
  for (const [capacity, all] of byCapacity) {
    for (const ids of chunks(all)) {
      changed += (await tx.update(visitSlots).set({ capacity: sql`greatest(${capacity}::smallint, ${visitSlots.booked})` }).where(inArray(visitSlots.id, ids)).returning({ id: visitSlots.id })).length;
    }
  }
  for (const [at, all] of byRelease) {
    for (const ids of chunks(all)) {
      await tx.update(visitSlots).set({ releasedAt: new Date(at) }).where(and(inArray(visitSlots.id, ids), gt(visitSlots.releasedAt, now)));
    }
  }
  let added = 0;
  for (const batch of chunks(planned.filter((p) => !seen.has(key(p))))) {
    added += (await tx.insert(visitSlots).values(batch).onConflictDoNothing().returning({ id: visitSlots.id })).length;
  }
  return { added, removed, changed, keptBooked };
}

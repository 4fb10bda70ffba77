import 'server-only';
import { and, eq, gte, lte, or, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { closedDays, visitSchedules, visitSlots, type VisitSchedule } from '@/db/schema';
import { addDays, warsawDate } from '@/lib/calendar/dates';
import { planSlots, type PlacedSchedule, type PlannedSlot } from './slots';
import { log } from '@/lib/log';

/** How far ahead slots exist: the issue asks for the next 8 weeks. */
export const SLOT_HORIZON_DAYS = 8 * 7;

export const toScheduleSpec = (s: VisitSchedule): PlacedSchedule => ({
  locationId: s.locationId,
  serviceId: s.serviceId,
  weekdays: s.weekdays,
  opensAt: s.opensAt.slice(0, 5),
  closesAt: s.closesAt.slice(0, 5),
  slotMinutes: s.slotMinutes,
  capacity: s.capacity,
  validFrom: s.validFrom,
  validTo: s.validTo,
  releaseDaysBefore: s.releaseDaysBefore,
  releaseAt: s.releaseAt.slice(0, 5),
});

/** The slots the current schedules and closed days call for, optionally for one location and/or service. */
export async function plannedSlots(db: DbOrTx, from: string, to: string, scope: { locationId?: number; serviceId?: number } = {}): Promise<PlannedSlot[]> {
  const where: SQL[] = [lte(visitSchedules.validFrom, to), or(isNull(visitSchedules.validTo), gte(visitSchedules.validTo, from))!];
  if (scope.locationId) where.push(eq(visitSchedules.locationId, scope.locationId));
  if (scope.serviceId) where.push(eq(visitSchedules.serviceId, scope.serviceId));
  const [schedules, closed] = await Promise.all([
    db.select().from(visitSchedules).where(and(...where)),
    db.select({ date: closedDays.date, locationId: closedDays.locationId }).from(closedDays).where(and(gte(closedDays.date, from), lte(closedDays.date, to))),
  ]);
  return planSlots(schedules.map(toScheduleSpec), closed, from, to);
}

const CHUNK = 2000;

/**
 * Slot generation and an admin's re-planning take this transaction lock, so a
 * job that read the old schedules cannot re-add slots the admin just removed.
 */
export async function lockSlotGeneration(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(72766202)`);
}

/**
 * Creates the slots of the next 8 weeks that do not exist yet. Existing slots
 * are left alone, and ON CONFLICT DO NOTHING makes two runs at once harmless:
 * the unique key (location, service, start) lets only one insert win.
 */
export async function generateSlotsAhead(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    await lockSlotGeneration(tx);
    const from = warsawDate(now);
    const planned = (await plannedSlots(tx, from, addDays(from, SLOT_HORIZON_DAYS))).filter((s) => s.startsAt > now);
    let created = 0;
    for (let i = 0; i < planned.length; i += CHUNK) {
      const rows = await tx
        .insert(visitSlots)
        .values(planned.slice(i, i + CHUNK))
        .onConflictDoNothing()
        .returning({ id: visitSlots.id });
      created += rows.length;
    }
    return created;
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs generateSlotsAhead at most once a day per process (first at start).
 * Returns how many slots it created, or null when it was not due.
 */
export function dailySlotGenerator(intervalMs = DAY_MS, retryMs = 10 * 60 * 1000) {
  let nextRun = 0;
  return async (db: Db, now = new Date()): Promise<number | null> => {
    if (now.getTime() < nextRun) return null;
    // A failed pass is retried after a pause rather than on every poll.
    nextRun = now.getTime() + retryMs;
    const created = await generateSlotsAhead(db, now);
    nextRun = now.getTime() + intervalMs;
    return created;
  };
}

const globalForJob = globalThis as unknown as { pobytSlotJob?: NodeJS.Timeout };

/** In the server process (the embedded default): checks hourly, generates once a day; safe next to other instances. */
export function startSlotGenerationJob(getDb: () => Promise<Db>, checkMs = 60 * 60 * 1000) {
  if (globalForJob.pobytSlotJob) return;
  const due = slotGenerationWhenDue();
  const tick = async () => due(await getDb()).catch((e: unknown) => log.error('Slot generation failed', e));
  // First pass soon after start, so a fresh server has its 8 weeks without waiting a day.
  setTimeout(tick, 5_000).unref();
  globalForJob.pobytSlotJob = setInterval(tick, checkMs);
  globalForJob.pobytSlotJob.unref();
}

/** For a loop doing other work too (`npm run worker`): call it every turn, it runs when due. */
export function slotGenerationWhenDue() {
  const run = dailySlotGenerator();
  let running = false;
  return async (db: Db) => {
    if (running) return;
    running = true;
    try {
      const created = await run(db);
      if (created) console.log(`slot generation: ${created} new slot(s)`);
    } catch (e) {
      log.error('Slot generation failed', e);
    } finally {
      running = false;
    }
  };
}

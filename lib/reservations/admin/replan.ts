import 'server-only';
import { gt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { visitSchedules, visitSlots } from '@/db/schema';
import type { Progress } from '@/lib/tasks/tasks';
import { syncSlots, type SyncResult } from './sync';

export type ReplanResult = SyncResult & { pairs: number };

/**
 * Brings the slots of the next 8 weeks in line with the schedules and closed
 * days everywhere, one location and service at a time, each in its own
 * transaction: bookings at other desks go on meanwhile, the admin sees how many
 * pairs are done, and a pair re-planned is consistent on its own (running it
 * again changes nothing).
 */
export async function replanAllSlots(db: Db, progress: Progress, now = new Date()): Promise<ReplanResult> {
  const pairs = await db
    .selectDistinct({ locationId: visitSchedules.locationId, serviceId: visitSchedules.serviceId })
    .from(visitSchedules)
    .union(db.selectDistinct({ locationId: visitSlots.locationId, serviceId: visitSlots.serviceId }).from(visitSlots).where(gt(visitSlots.startsAt, now)))
    .orderBy(sql`1, 2`);
  const total: ReplanResult = { added: 0, removed: 0, changed: 0, keptBooked: 0, pairs: pairs.length };
  await progress(0, pairs.length);
  for (const [i, pair] of pairs.entries()) {
    const r = await db.transaction((tx) => syncSlots(tx, pair, now));
    for (const k of ['added', 'removed', 'changed', 'keptBooked'] as const) total[k] += r[k];
    await progress(i + 1, pairs.length);
  }
  return total;
}

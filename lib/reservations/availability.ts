import 'server-only';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { visitSlots } from '@/db/schema';
import { warsawDate } from '@/lib/calendar/dates';
import { warsawInstant } from './slots';
import { startsLateEnough } from './lead-time';

/**
 * For each day of a month (Warsaw dates), how many places are free now:
 * released, in the future, not full. Days without a slot are absent.
 */
export async function freeDays(db: DbOrTx, locationId: number, serviceId: number, month: string /* YYYY-MM */): Promise<Map<string, number>> {
  const start = warsawInstant(`${month}-01`, 0);
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const rows = await db
    .select({ startsAt: visitSlots.startsAt, free: sql<number>`${visitSlots.capacity} - ${visitSlots.booked}` })
    .from(visitSlots)
    .where(
      and(
        eq(visitSlots.locationId, locationId),
        eq(visitSlots.serviceId, serviceId),
        gte(visitSlots.startsAt, start),
        lt(visitSlots.startsAt, warsawInstant(next, 0)),
        sql`${visitSlots.releasedAt} <= now()`,
        startsLateEnough(),
      ),
    )
    .orderBy(asc(visitSlots.startsAt));
  const days = new Map<string, number>();
  for (const r of rows) {
    const day = warsawDate(r.startsAt);
    days.set(day, (days.get(day) ?? 0) + Number(r.free));
  }
  return days;
}

/** The free times of one day. */
export async function freeTimes(db: DbOrTx, locationId: number, serviceId: number, day: string) {
  const rows = await db
    .select({ id: visitSlots.id, startsAt: visitSlots.startsAt, free: sql<number>`${visitSlots.capacity} - ${visitSlots.booked}` })
    .from(visitSlots)
    .where(
      and(
        eq(visitSlots.locationId, locationId),
        eq(visitSlots.serviceId, serviceId),
        gte(visitSlots.startsAt, warsawInstant(day, 0)),
        lt(visitSlots.startsAt, warsawInstant(day, 24 * 60)),
        sql`${visitSlots.releasedAt} <= now()`,
        startsLateEnough(),
        sql`${visitSlots.booked} < ${visitSlots.capacity}`,
      ),
    )
    .orderBy(asc(visitSlots.startsAt));
  return rows.map((r) => ({ ...r, free: Number(r.free) }));
}

import { count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { closedDays, locations, visitSchedules, visitServices, visitSlots } from '@/db/schema';
import { addDays, warsawDate } from '@/lib/calendar/dates';
import { freeDays } from '@/lib/reservations/availability';
import { generateSlots } from '@/lib/reservations/slots';

/**
 * A year of past slots from the seeded schedules, so that the calendar is
 * timed on a table the size a running office would have, not on a fresh one.
 */
export async function addSlotHistory(db: Db, weeks: number, now = new Date()): Promise<number> {
  const to = addDays(warsawDate(now), -1);
  const from = addDays(to, -7 * weeks);
  const [schedules, closed] = await Promise.all([db.select().from(visitSchedules), db.select().from(closedDays)]);
  let created = 0;
  for (const s of schedules) {
    const closedHere = new Set(closed.filter((c) => c.locationId === null || c.locationId === s.locationId).map((c) => c.date));
    const spec = { ...s, validFrom: '2000-01-01', opensAt: s.opensAt.slice(0, 5), closesAt: s.closesAt.slice(0, 5), releaseAt: s.releaseAt.slice(0, 5) };
    const slots = generateSlots(spec, from, to, closedHere);
    for (let i = 0; i < slots.length; i += 5000) {
      const rows = await db
        .insert(visitSlots)
        .values(slots.slice(i, i + 5000).map((x) => ({ locationId: s.locationId, serviceId: s.serviceId, ...x, booked: x.capacity })))
        .onConflictDoNothing()
        .returning({ id: visitSlots.id });
      created += rows.length;
    }
  }
  return created;
}

export async function slotCount(db: Db): Promise<number> {
  const [r] = await db.select({ n: count() }).from(visitSlots);
  return Number(r?.n ?? 0);
}

/** Median time of `freeDays` (one service's month calendar) over `runs` runs, after two warm-ups. */
export async function benchMonthCalendar(db: Db, locationSlug: string, serviceSlug: string, month: string, runs = 25) {
  const [loc] = await db.select({ id: locations.id }).from(locations).where(eq(locations.slug, locationSlug));
  const [svc] = await db.select({ id: visitServices.id }).from(visitServices).where(eq(visitServices.slug, serviceSlug));
  if (!loc || !svc) throw new Error(`no ${locationSlug}/${serviceSlug} in the seed`);
  let days = 0;
  for (let i = 0; i < 2; i++) days = (await freeDays(db, loc.id, svc.id, month)).size;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await freeDays(db, loc.id, svc.id, month);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { month, days, runs, median: times[Math.floor(runs / 2)]!, max: times.at(-1)! };
}

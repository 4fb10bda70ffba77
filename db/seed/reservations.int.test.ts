import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbHandle } from '@/db/client';
import { closedDays, desks, deskServices, locations, visitSchedules, visitServiceLocations, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { addDays, warsawDate } from '@/lib/calendar/dates';
import { isPolishHoliday, polishHolidays } from '@/lib/calendar/holidays';
import { isoWeekMonday, weekReleaseInstant } from '@/lib/reservations/slots';
import { seed } from './seed';
import { demoVisitServices } from './reservations';

const counts = async (h: DbHandle) => {
  const n = async (t: PgTable) => Number((await h.db.select({ n: count() }).from(t))[0]!.n);
  return {
    services: await n(visitServices),
    offered: await n(visitServiceLocations),
    desks: await n(desks),
    deskServices: await n(deskServices),
    schedules: await n(visitSchedules),
    closedDays: await n(closedDays),
    slots: await n(visitSlots),
  };
};

describe.each(testDatabases)('demo reservation seed on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => h?.close());

  it('is idempotent: a second run adds nothing', async () => {
    await seed(h.db);
    const first = await counts(h);
    await seed(h.db);
    expect(await counts(h)).toEqual(first);
    expect(first.services).toBe(5);
    const year = Number(warsawDate(new Date()).slice(0, 4));
    expect(first.closedDays).toBe(polishHolidays(year).length + polishHolidays(year + 1).length);
    expect(first.slots).toBeGreaterThan(1000);
  }, 180_000);

  it('uses the agreed slugs and ticket letters, and every service has a desk wherever it is offered', async () => {
    const services = await h.db.select().from(visitServices).orderBy(visitServices.sortOrder);
    expect(services.map((s) => `${s.slug}:${s.ticketLetter}:${s.durationMinutes}`)).toEqual([
      'submit-application:A:30',
      'fingerprints:B:15',
      'collect-card:C:10',
      'eu-registration:D:30',
      'head-of-unit:E:30',
    ]);
    expect(services.find((s) => s.slug === 'collect-card')?.walkIns).toBe(true);
    expect(services.every((s) => s.names.pl && s.names.en && s.names.ru && s.names.uk)).toBe(true);
    expect(demoVisitServices).toHaveLength(5);
    const uncovered = await h.db.execute<{ slug: string; service: string }>(sql`
      select l.slug, s.slug as service from visit_service_locations o
      join locations l on l.id = o.location_id join visit_services s on s.id = o.service_id
      where not exists (select 1 from desk_services ds join desks d on d.id = ds.desk_id where d.location_id = o.location_id and ds.service_id = o.service_id)`);
    expect(uncovered.rows).toEqual([]);
    const perLocation = await h.db.execute<{ slug: string; desks: number; services: number }>(sql`
      select l.slug, (select count(*)::int from desks d where d.location_id = l.id) as desks,
             (select count(*)::int from visit_service_locations o where o.location_id = l.id) as services
      from ${locations} l order by l.sort_order`);
    expect(perLocation.rows).toEqual([
      { slug: 'wroclaw', desks: 6, services: 5 },
      { slug: 'legnica', desks: 2, services: 4 },
      { slug: 'walbrzych', desks: 2, services: 3 },
      { slug: 'jelenia-gora', desks: 2, services: 3 },
    ]);
  });

  it('has slots for the next 8 weeks at every location, none on a holiday or a weekend', async () => {
    const today = warsawDate(new Date());
    const rows = await h.db.execute<{ slug: string; starts_at: string | Date }>(sql`
      select l.slug, s.starts_at from visit_slots s join locations l on l.id = s.location_id`);
    const days = rows.rows.map((r) => ({ slug: r.slug, day: warsawDate(new Date(r.starts_at)) }));
    expect(days.filter((d) => isPolishHoliday(d.day))).toEqual([]);
    expect(days.filter((d) => { const wd = new Date(`${d.day}T12:00:00Z`).getUTCDay(); return wd === 0 || wd === 6; })).toEqual([]);
    const last = days.reduce((m, d) => (d.day > m ? d.day : m), today);
    expect(last >= addDays(today, 8 * 7 - 3)).toBe(true);
    expect(new Set(days.map((d) => d.slug))).toEqual(new Set(['wroclaw', 'legnica', 'walbrzych', 'jelenia-gora']));
  });

  it('has released the current and the next week, and no later week', async () => {
    const now = new Date();
    const monday = isoWeekMonday(warsawDate(now));
    const rows = await h.db.execute<{ starts_at: string | Date; released_at: string | Date }>(sql`select starts_at, released_at from visit_slots`);
    // Every slot of a week shares the week's announced release: Monday of the week before, 08:00.
    expect(rows.rows.every((r) => new Date(r.released_at).getTime() === weekReleaseInstant(warsawDate(new Date(r.starts_at)), 7, '08:00').getTime())).toBe(true);
    const week = (r: { starts_at: string | Date }) => isoWeekMonday(warsawDate(new Date(r.starts_at)));
    expect(rows.rows.filter((r) => week(r) === monday).every((r) => new Date(r.released_at) <= now)).toBe(true);
    // Only on a Monday before 08:00 is the next week still closed.
    if (now >= weekReleaseInstant(addDays(monday, 7), 7, '08:00')) expect(rows.rows.filter((r) => week(r) === addDays(monday, 7)).every((r) => new Date(r.released_at) <= now)).toBe(true);
    const later = rows.rows.filter((r) => week(r) >= addDays(monday, 14));
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r) => new Date(r.released_at) > now)).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, gte, like, lt, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { auditLog, closedDays, contentPages, desks, locations, reservations, users, visitSchedules, visitServiceLocations, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { addDays, warsawDate } from '@/lib/calendar/dates';
import { isPolishHoliday, polishHolidays } from '@/lib/calendar/holidays';
import { bookVisit } from '../booking';
import { generateSlotsAhead } from '../jobs';
import { isoWeekMonday, warsawInstant, weekReleaseInstant } from '../slots';
import { addClosedDay, deleteSchedule, loadPublicHolidays, removeClosedDay, saveDesk, saveSchedule, saveService, scheduleProblem } from './config';
import { scheduleSchema, serviceSchema, type ScheduleInput } from './schemas';

const today = warsawDate(new Date());
// A Monday three weeks ahead: inside the 8-week window, never today.
const monday = addDays(isoWeekMonday(today), 21);

const weekly = (over: Partial<Record<string, unknown>> = {}): ScheduleInput =>
  scheduleSchema.parse({
    kind: 'weekly',
    weekdays: ['1', '2', '3', '4', '5'],
    validFrom: today,
    validTo: '',
    opensAt: '09:00',
    closesAt: '12:00',
    slotMinutes: '30',
    capacity: '2',
    // Released long ago, so tests can book.
    releaseDaysBefore: '90',
    releaseAt: '08:00',
    ...over,
  });

describe('schedule rules', () => {
  const base = weekly({ locationId: 1, serviceId: 1 });
  it('accepts a sound schedule and names each broken rule', () => {
    expect(scheduleProblem(base)).toBeNull();
    expect(scheduleProblem({ ...base, closesAt: '09:00' })).toBe('schedule_closes_before_opens');
    expect(scheduleProblem({ ...base, closesAt: '08:00' })).toBe('schedule_closes_before_opens');
    expect(scheduleProblem({ ...base, slotMinutes: 200 })).toBe('schedule_slot_too_long');
    expect(scheduleProblem({ ...base, capacity: 0 })).toBe('schedule_capacity_min');
    expect(scheduleProblem({ ...base, weekdays: [] })).toBe('schedule_weekdays_required');
    expect(scheduleProblem({ ...base, validTo: addDays(today, -1) })).toBe('schedule_period_invalid');
  });
  it('makes a single-date schedule valid on that date only', () => {
    const single = weekly({ locationId: 1, serviceId: 1, kind: 'date', validFrom: '2026-12-05', validTo: '' });
    expect(single).toMatchObject({ validFrom: '2026-12-05', validTo: '2026-12-05', weekdays: [] });
    expect(scheduleProblem(single)).toBeNull();
  });
  it('refuses malformed times and letters in the schema', () => {
    expect(scheduleSchema.safeParse({ ...base, opensAt: '25:00' }).success).toBe(false);
    expect(serviceSchema.safeParse({ slug: 'x', namePl: 'a', nameEn: 'a', nameRu: 'a', nameUk: 'a', durationMinutes: 10, ticketLetter: '1', graceMinutes: 10, servicePage: '', locationIds: [] }).success).toBe(false);
  });
});

describe.each(testDatabases)('reservation configuration on $name', ({ open }) => {
  let h: DbHandle;
  let admin: Actor;
  let reception: Actor;
  let wroclaw: number;
  let legnica: number;
  let filing: number;
  let cards: number;

  const slotCount = async (serviceId = filing, locationId = wroclaw) =>
    Number((await h.db.select({ n: count() }).from(visitSlots).where(and(eq(visitSlots.serviceId, serviceId), eq(visitSlots.locationId, locationId))))[0]!.n);
  const auditCount = async () => Number((await h.db.select({ n: count() }).from(auditLog).where(like(auditLog.action, 'reservations.%')))[0]!.n);
  const slotsOn = (date: string, serviceId = filing, locationId = wroclaw) =>
    h.db
      .select()
      .from(visitSlots)
      .where(and(eq(visitSlots.serviceId, serviceId), eq(visitSlots.locationId, locationId), gte(visitSlots.startsAt, warsawInstant(date, 0)), lt(visitSlots.startsAt, warsawInstant(addDays(date, 1), 0))))
      .orderBy(visitSlots.startsAt);
  const visitor = (n: number) => ({ givenName: 'OLENA', familyName: 'KOVALENKO', birthDate: '1990-05-14', passportNumber: `FB${100000 + n}` });

  beforeAll(async () => {
    h = await open();
    const [a] = await h.db.insert(users).values({ email: 'admin@duw.test', role: 'admin' }).returning();
    const [r] = await h.db.insert(users).values({ email: 'reception@duw.test', role: 'reception' }).returning();
    admin = { id: a!.id, role: 'admin', email: a!.email };
    reception = { id: r!.id, role: 'reception', email: r!.email };
    const [w] = await h.db.insert(locations).values({ slug: 'wroclaw', kind: 'head_office', name: 'Wrocław', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' }).returning();
    const [l] = await h.db.insert(locations).values({ slug: 'legnica', kind: 'branch', name: 'Legnica', street: 'ul. F. Skarbka 3', postalCode: '59-220', city: 'Legnica' }).returning();
    wroclaw = w!.id;
    legnica = l!.id;
    await h.db.insert(contentPages).values({ slug: 'services/residence-card', locale: 'pl', title: 'Karta pobytu', description: 'd', body: 'b', plainText: 'b' });
  });
  afterAll(async () => h?.close());

  it('creates services with a unique ticket letter, offered where chosen, and audits it', async () => {
    const input = (over: Record<string, unknown>) =>
      serviceSchema.parse({ slug: 'filing', namePl: 'Złożenie wniosku', nameEn: 'Filing', nameRu: 'Подача', nameUk: 'Подання', durationMinutes: '30', ticketLetter: 'a', walkIns: false, graceMinutes: '10', servicePage: 'services/residence-card', active: true, locationIds: [String(wroclaw)], ...over });
    const created = await saveService(h.db, admin, input({}));
    expect(created.ok).toBe(true);
    filing = created.ok ? created.id : 0;
    const second = await saveService(h.db, admin, input({ slug: 'collect-card', ticketLetter: 'C', walkIns: 'on', servicePage: '', locationIds: [String(wroclaw), String(legnica)] }));
    cards = second.ok ? second.id : 0;
    expect((await h.db.select().from(visitServices).where(eq(visitServices.id, filing)))[0]).toMatchObject({ ticketLetter: 'A', names: { pl: 'Złożenie wniosku', en: 'Filing', ru: 'Подача', uk: 'Подання' } });
    expect(await auditCount()).toBe(2);

    const before = await h.db.select().from(visitServices);
    expect(await saveService(h.db, admin, input({ slug: 'other', ticketLetter: 'A' }))).toEqual({ ok: false, formError: 'service_letter_taken' });
    expect(await saveService(h.db, admin, input({ ticketLetter: 'B' }))).toEqual({ ok: false, formError: 'service_slug_taken' });
    expect(await saveService(h.db, admin, input({ slug: 'other', ticketLetter: 'B', locationIds: ['99999'] }))).toEqual({ ok: false, formError: 'location_unknown' });
    expect(await saveService(h.db, admin, input({ slug: 'other', ticketLetter: 'B', servicePage: 'services/nothing-here' }))).toEqual({ ok: false, formError: 'service_page_unknown' });
    expect(await saveService(h.db, admin, input({ id: '99999', slug: 'other', ticketLetter: 'B' }))).toEqual({ ok: false, formError: 'not_found' });
    expect(await h.db.select().from(visitServices)).toEqual(before);
    expect(await auditCount()).toBe(2);
    // Editing keeps its own letter.
    expect((await saveService(h.db, admin, input({ id: String(filing), graceMinutes: '15' }))).ok).toBe(true);
  });

  it('keeps desks to services offered at their location, with unique labels', async () => {
    const ok = await saveDesk(h.db, admin, { id: null, locationId: wroclaw, label: '1', active: true, serviceIds: [filing, cards] });
    expect(ok.ok).toBe(true);
    const audits = await auditCount();
    expect(await saveDesk(h.db, admin, { id: null, locationId: wroclaw, label: '1', active: true, serviceIds: [filing] })).toEqual({ ok: false, formError: 'desk_label_taken' });
    expect(await saveDesk(h.db, admin, { id: null, locationId: legnica, label: '1', active: true, serviceIds: [filing] })).toEqual({ ok: false, formError: 'desk_service_not_offered' });
    expect(await saveDesk(h.db, admin, { id: null, locationId: 99999, label: '9', active: true, serviceIds: [] })).toEqual({ ok: false, formError: 'location_unknown' });
    expect(await h.db.select().from(desks)).toHaveLength(1);
    expect(await auditCount()).toBe(audits);
  });

  it('refuses a broken schedule and changes nothing', async () => {
    const audits = await auditCount();
    const refusals: [Partial<Record<string, unknown>>, string][] = [
      [{ closesAt: '08:30' }, 'schedule_closes_before_opens'],
      [{ slotMinutes: '240' }, 'schedule_slot_too_long'],
      [{ capacity: '0' }, 'schedule_capacity_min'],
      [{ locationId: '99999' }, 'location_unknown'],
      [{ serviceId: '99999' }, 'service_unknown'],
      [{ locationId: String(legnica) }, 'schedule_service_not_offered'],
    ];
    for (const [over, code] of refusals) {
      expect(await saveSchedule(h.db, admin, weekly({ locationId: String(wroclaw), serviceId: String(filing), ...over }))).toEqual({ ok: false, formError: code });
    }
    expect(await h.db.select().from(visitSchedules)).toEqual([]);
    expect(await slotCount()).toBe(0);
    expect(await auditCount()).toBe(audits);
  });

  it('generates 8 weeks of slots when a schedule is added, released a week at a time', async () => {
    const result = await saveSchedule(h.db, admin, weekly({ locationId: String(wroclaw), serviceId: String(filing) }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sync.added).toBeGreaterThan(0);
    const day = await slotsOn(monday);
    expect(day.map((s) => s.startsAt.getTime())).toEqual([0, 30, 60, 90, 120, 150].map((m) => warsawInstant(monday, 9 * 60 + m).getTime()));
    expect(day.every((s) => s.capacity === 2 && s.releasedAt.getTime() === weekReleaseInstant(monday, 90, '08:00').getTime())).toBe(true);
    const last = await h.db.select({ max: sql<string>`max(${visitSlots.startsAt})` }).from(visitSlots);
    expect(warsawDate(new Date(last[0]!.max)) >= addDays(today, 8 * 7 - 3)).toBe(true);
    const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'reservations.schedule.create'));
    expect(entry).toMatchObject({ entityType: 'visit_schedule', entityId: String(result.id) });
  });

  it('never removes or shrinks below its bookings a slot that a schedule change drops', async () => {
    const [first, second] = await slotsOn(monday);
    expect((await bookVisit(h.db, reception, first!.id, visitor(1), 'Wezwanie na odciski'))).toMatchObject({ ok: true });
    expect((await bookVisit(h.db, reception, first!.id, visitor(2), 'Wezwanie na odciski'))).toMatchObject({ ok: true });
    // A cancelled booking still ties its slot to the record.
    const c = await bookVisit(h.db, reception, second!.id, visitor(3), 'Pomyłka');
    await h.db.update(reservations).set({ status: 'cancelled' }).where(eq(reservations.id, c.ok ? c.reservationId : ''));
    await h.db.update(visitSlots).set({ booked: 0 }).where(eq(visitSlots.id, second!.id));

    const [schedule] = await h.db.select().from(visitSchedules);
    // Opens later and with capacity 1: the booked 09:00 slot no longer fits.
    const changed = await saveSchedule(h.db, admin, weekly({ id: String(schedule!.id), locationId: String(wroclaw), serviceId: String(filing), opensAt: '10:00', capacity: '1' }));
    expect(changed).toMatchObject({ ok: true, sync: { keptBooked: 1 } });
    const day = await slotsOn(monday);
    expect(day.map((s) => [s.startsAt.getTime(), s.capacity, s.booked])).toEqual([
      [warsawInstant(monday, 9 * 60).getTime(), 2, 2],
      [warsawInstant(monday, 9 * 60 + 30).getTime(), 0, 0],
      ...[60, 90, 120, 150].map((m) => [warsawInstant(monday, 9 * 60 + m).getTime(), 1, 0]),
    ]);
    // The next Monday, with no bookings: the 9:00 slots are gone.
    expect((await slotsOn(addDays(monday, 7))).map((s) => s.capacity)).toEqual([1, 1, 1, 1]);

    // Back to 09:00 with capacity 1: the booked slot keeps its 2 places.
    await saveSchedule(h.db, admin, weekly({ id: String(schedule!.id), locationId: String(wroclaw), serviceId: String(filing), capacity: '1' }));
    expect((await slotsOn(monday)).map((s) => s.capacity)).toEqual([2, 1, 1, 1, 1, 1]);
  });

  it('lets a single-date schedule replace the weekly one on its day', async () => {
    const date = addDays(monday, 9); // a Wednesday
    const r = await saveSchedule(h.db, admin, weekly({ locationId: String(wroclaw), serviceId: String(filing), kind: 'date', validFrom: date, opensAt: '14:00', closesAt: '15:00', capacity: '3' }));
    expect(r.ok).toBe(true);
    expect((await slotsOn(date)).map((s) => [s.startsAt.getTime(), s.capacity])).toEqual([
      [warsawInstant(date, 14 * 60).getTime(), 3],
      [warsawInstant(date, 14 * 60 + 30).getTime(), 3],
    ]);
    expect(await deleteSchedule(h.db, admin, r.ok ? r.id : 0)).toMatchObject({ ok: true });
    expect(await slotsOn(date)).toHaveLength(6);
    expect(await deleteSchedule(h.db, admin, 99999)).toEqual({ ok: false, formError: 'not_found' });
  });

  it('refuses to close a day with active reservations, saying how many', async () => {
    const audits = await auditCount();
    const slots = await slotCount();
    expect(await addClosedDay(h.db, admin, { date: monday, locationId: wroclaw, reason: 'Awaria' })).toEqual({ ok: false, formError: 'closed_day_has_reservations', params: { count: 2 } });
    expect(await addClosedDay(h.db, admin, { date: monday, locationId: null, reason: 'Awaria' })).toEqual({ ok: false, formError: 'closed_day_has_reservations', params: { count: 2 } });
    expect(await addClosedDay(h.db, admin, { date: monday, locationId: 99999, reason: 'Awaria' })).toEqual({ ok: false, formError: 'location_unknown' });
    expect(await addClosedDay(h.db, admin, { date: addDays(today, -1), locationId: null, reason: 'Wczoraj' })).toEqual({ ok: false, formError: 'closed_day_past' });
    expect(await h.db.select().from(closedDays)).toEqual([]);
    expect(await slotCount()).toBe(slots);
    expect(await auditCount()).toBe(audits);
  });

  it('closes a free day (its slots go), refuses it twice, and reopens it', async () => {
    const tuesday = addDays(monday, 1);
    expect(await slotsOn(tuesday)).toHaveLength(6);
    const closed = await addClosedDay(h.db, admin, { date: tuesday, locationId: wroclaw, reason: 'Szkolenie' });
    expect(closed).toMatchObject({ ok: true, sync: { removed: 6 } });
    expect(await slotsOn(tuesday)).toHaveLength(0);
    expect(await addClosedDay(h.db, admin, { date: tuesday, locationId: wroclaw, reason: 'Znowu' })).toEqual({ ok: false, formError: 'closed_day_exists' });
    expect(await removeClosedDay(h.db, admin, closed.ok ? closed.id : 0)).toMatchObject({ ok: true, sync: { added: 6 } });
    expect(await slotsOn(tuesday)).toHaveLength(6);
    expect(await removeClosedDay(h.db, admin, 99999)).toEqual({ ok: false, formError: 'not_found' });
    const actions = (await h.db.select({ action: auditLog.action }).from(auditLog).where(like(auditLog.action, 'reservations.closed_day.%'))).map((a) => a.action);
    expect(actions).toEqual(['reservations.closed_day.add', 'reservations.closed_day.remove']);
  });

  it('loads a year’s public holidays once, and leaves no slot on them', async () => {
    const year = Number(today.slice(0, 4));
    const first = await loadPublicHolidays(h.db, admin, year);
    const second = await loadPublicHolidays(h.db, admin, year);
    const next = await loadPublicHolidays(h.db, admin, year + 1);
    expect(first).toMatchObject({ ok: true, added: polishHolidays(year).length });
    expect(second).toMatchObject({ ok: true, added: 0 });
    expect(next).toMatchObject({ ok: true, added: polishHolidays(year + 1).length });
    expect(await h.db.select().from(closedDays)).toHaveLength(polishHolidays(year).length + polishHolidays(year + 1).length);
    const all = await h.db.select({ startsAt: visitSlots.startsAt }).from(visitSlots);
    expect(all.filter((s) => isPolishHoliday(warsawDate(s.startsAt)))).toEqual([]);
  });

  it('generates ahead safely when two jobs run at once', async () => {
    await h.db.delete(visitSlots).where(sql`not exists (select 1 from reservations r where r.slot_id = "visit_slots"."id")`);
    const before = await slotCount();
    const [a, b] = await Promise.all([generateSlotsAhead(h.db), generateSlotsAhead(h.db)]);
    const after = await slotCount();
    expect(a + b).toBe(after - before);
    expect(await generateSlotsAhead(h.db)).toBe(0);
    const dupes = await h.db.execute(sql`select location_id, service_id, starts_at from visit_slots group by 1, 2, 3 having count(*) > 1`);
    expect(dupes.rows).toEqual([]);
    expect(await h.db.select().from(visitServiceLocations)).toHaveLength(3);
  });
});

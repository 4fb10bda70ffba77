import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { locations, reservations, users, visitServiceLocations, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { bookVisit } from './booking';
import { getTransparencyReport, isoWeekNumber, listTransparencyChoices, reportWeeks, resolveTransparencySelection } from './transparency';

// Wednesday 25 March 2026, 11:00 in Warsaw (winter time); summer time starts on Sunday 29 March at 02:00.
const NOW = new Date('2026-03-25T10:00:00Z');

describe('report weeks', () => {
  it('are Warsaw ISO weeks: four before the current one and four after', () => {
    expect(reportWeeks(NOW)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06', '2026-04-13', '2026-04-20']);
    // Monday 00:30 in Warsaw (summer time) is still Sunday in UTC; Sunday 23:30 in Warsaw is the week before.
    expect(reportWeeks(new Date('2026-03-29T22:30:00Z'))[4]).toBe('2026-03-30');
    expect(reportWeeks(new Date('2026-03-29T21:30:00Z'))[4]).toBe('2026-03-23');
  });

  it('numbers ISO weeks across the year boundary', () => {
    expect(isoWeekNumber('2026-03-23')).toBe(13);
    expect(isoWeekNumber('2026-12-28')).toBe(53);
    expect(isoWeekNumber('2027-01-04')).toBe(1);
    expect(isoWeekNumber('2024-12-30')).toBe(1);
  });
});

describe.each(testDatabases)('transparency report on $name', ({ open }) => {
  let h: DbHandle;
  let locationId: number;
  let otherLocationId: number;
  let serviceId: number;
  let otherServiceId: number;
  let ownerId: string;
  let passport = 0;

  const slot = async (startsAt: string, capacity: number, opts: { booked?: number; releasedAt?: string; locationId?: number; serviceId?: number } = {}) => {
    const [s] = await h.db
      .insert(visitSlots)
      .values({
        locationId: opts.locationId ?? locationId,
        serviceId: opts.serviceId ?? serviceId,
        startsAt: new Date(startsAt),
        capacity,
        booked: opts.booked ?? 0,
        releasedAt: new Date(opts.releasedAt ?? '2026-02-01T07:00:00Z'),
      })
      .returning({ id: visitSlots.id });
    return s!.id;
  };
  type Kind = { status?: 'active' | 'cancelled' | 'checked_in' | 'served' | 'no_show'; staff?: boolean; cancelReason?: string | null };
  const reserve = async (slotId: number, kinds: Kind[], sid = serviceId) => {
    for (const k of kinds) {
      await h.db.insert(reservations).values({
        code: `R-T${String(++passport).padStart(5, '0')}`,
        slotId,
        serviceId: sid,
        ownerId: k.staff ? null : ownerId,
        givenName: 'ANNA',
        familyName: 'NOWAK',
        birthDate: '1991-02-03',
        passportNumber: `TP${passport}`,
        status: k.status ?? 'active',
        staffBooking: k.staff ?? false,
        staffReason: k.staff ? 'Bez dostępu do internetu' : null,
        cancelReason: k.cancelReason ?? null,
      });
    }
  };

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'visitor@example.com', role: 'applicant' }).returning();
    ownerId = u!.id;
    const [l1, l2] = await h.db
      .insert(locations)
      .values([
        { slug: 'wroclaw', kind: 'head_office', name: 'Wrocław', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław', sortOrder: 1 },
        { slug: 'legnica', kind: 'branch', name: 'Legnica', street: 'ul. F. Skarbka 3', postalCode: '59-220', city: 'Legnica', sortOrder: 2 },
      ])
      .returning();
    const [s1, s2] = await h.db
      .insert(visitServices)
      .values([
        { slug: 'fingerprints', names: { pl: 'Odciski palców', en: 'Fingerprints' }, durationMinutes: 10, ticketLetter: 'B', sortOrder: 2 },
        { slug: 'submit-application', names: { pl: 'Złożenie wniosku' }, durationMinutes: 20, ticketLetter: 'A', sortOrder: 1 },
      ])
      .returning();
    locationId = l1!.id;
    otherLocationId = l2!.id;
    serviceId = s1!.id;
    otherServiceId = s2!.id;
    await h.db.insert(visitServiceLocations).values([
      { locationId, serviceId },
      { locationId: otherLocationId, serviceId },
    ]);

    // Week of 23 February (first shown): Monday 00:00 Warsaw is Sunday 23:00 UTC.
    const firstWeek = await slot('2026-02-22T23:00:00Z', 3, { booked: 3 });
    await reserve(firstWeek, [{ status: 'served' }, { status: 'served' }, { status: 'no_show' }, { status: 'cancelled', cancelReason: 'owner' }]);
    // One minute earlier is the week before the report: not counted.
    await reserve(await slot('2026-02-22T22:59:00Z', 5, { booked: 1 }), [{ status: 'served' }]);

    // Week of 16 March: Sunday 22 March 23:59 Warsaw (22:59 UTC) still belongs to it.
    const lateSunday = await slot('2026-03-22T22:59:00Z', 4, { booked: 4 });
    await reserve(lateSunday, [
      { status: 'served' },
      { status: 'checked_in' },
      { status: 'served', staff: true },
      // Refused at the kiosk as too late: a no-show, and the place counted as booked.
      { status: 'cancelled', cancelReason: 'late' },
      { status: 'cancelled', cancelReason: 'staff', staff: true },
      { status: 'cancelled', cancelReason: null },
    ]);
    await slot('2026-03-16T08:00:00Z', 2); // nobody booked it

    // Current week (23–29 March). A past slot with free places is never the "first free date".
    await reserve(await slot('2026-03-24T08:00:00Z', 3, { booked: 1 }), [{ status: 'no_show' }]);
    // Thursday: released, in the future, but full.
    await reserve(await slot('2026-03-26T08:00:00Z', 2, { booked: 2 }), [{ status: 'active' }, { status: 'active', staff: true }]);
    // Sunday 29 March 23:30 Warsaw is already summer time (21:30 UTC): still this week, and the first free one.
    await reserve(await slot('2026-03-29T21:30:00Z', 3, { booked: 1 }), [{ status: 'active' }, { status: 'cancelled', cancelReason: 'owner' }]);

    // Next week: Monday 00:00 Warsaw summer time is Sunday 22:00 UTC.
    await slot('2026-03-29T22:00:00Z', 5, { booked: 0, releasedAt: '2026-03-16T07:00:00Z' });
    // Two weeks ahead: not released yet (released on 30 March at 09:00 Warsaw = 07:00 UTC).
    await slot('2026-04-07T07:00:00Z', 6, { releasedAt: '2026-03-30T07:00:00Z' });
    await slot('2026-04-08T07:00:00Z', 6, { releasedAt: '2026-03-31T07:00:00Z' });

    // Last week shown ends on Sunday 26 April 24:00 Warsaw = 22:00 UTC; the next Monday is outside.
    await slot('2026-04-26T21:59:00Z', 1, { releasedAt: '2026-04-12T07:00:00Z' });
    await slot('2026-04-26T22:00:00Z', 9, { releasedAt: '2026-04-12T07:00:00Z' });

    // Other places and services never leak into the figures.
    await reserve(await slot('2026-03-24T08:00:00Z', 7, { booked: 1, locationId: otherLocationId }), [{ status: 'served' }]);
    await reserve(await slot('2026-03-24T08:00:00Z', 8, { booked: 1, serviceId: otherServiceId }), [{ status: 'served' }], otherServiceId);
  });
  afterAll(async () => h?.close());

  it('counts offered, booked online and by staff, cancelled and no-shows per Warsaw week, and finds the first free date', async () => {
    const r = await getTransparencyReport(h.db, locationId, serviceId, NOW);
    const zero = { offered: 0, released: 0, bookedOnline: 0, bookedStaff: 0, cancelled: 0, noShows: 0, freeNow: 0 };
    expect(r.weeks.map(({ weekStart, isoWeek, position, ...n }) => [weekStart, isoWeek, position, n])).toEqual([
      ['2026-02-23', 9, 'past', { ...zero, offered: 3, released: 3, bookedOnline: 3, noShows: 1, cancelled: 1 }],
      ['2026-03-02', 10, 'past', zero],
      ['2026-03-09', 11, 'past', zero],
      ['2026-03-16', 12, 'past', { ...zero, offered: 6, released: 6, bookedOnline: 3, bookedStaff: 1, cancelled: 2, noShows: 1 }],
      ['2026-03-23', 13, 'current', { ...zero, offered: 8, released: 8, bookedOnline: 3, bookedStaff: 1, cancelled: 1, noShows: 1, freeNow: 2 }],
      ['2026-03-30', 14, 'future', { ...zero, offered: 5, released: 5, freeNow: 5 }],
      ['2026-04-06', 15, 'future', { ...zero, offered: 12 }],
      ['2026-04-13', 16, 'future', zero],
      ['2026-04-20', 17, 'future', { ...zero, offered: 1 }],
    ]);
    expect(r.firstFree?.toISOString()).toBe('2026-03-29T21:30:00.000Z');
    expect(r.nextRelease?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('reports nothing free and no coming release for a service without slots', async () => {
    const r = await getTransparencyReport(h.db, otherLocationId, otherServiceId, NOW);
    expect(r.weeks).toHaveLength(9);
    expect(r.weeks.every((w) => w.offered === 0 && w.bookedOnline === 0)).toBe(true);
    expect(r.firstFree).toBeNull();
    expect(r.nextRelease).toBeNull();
  });

  it('shows a booking made a moment ago', async () => {
    const [l] = await h.db.insert(locations).values({ slug: 'walbrzych', kind: 'branch', name: 'Wałbrzych', street: 'ul. Słowackiego 23a', postalCode: '58-300', city: 'Wałbrzych', sortOrder: 3 }).returning();
    const [s] = await h.db
      .insert(visitSlots)
      .values({ locationId: l!.id, serviceId, startsAt: sql`now() + interval '2 hours'`, capacity: 2, releasedAt: sql`now() - interval '1 day'` })
      .returning({ id: visitSlots.id, startsAt: visitSlots.startsAt });
    const current = (r: Awaited<ReturnType<typeof getTransparencyReport>>) => r.weeks.find((w) => w.position === 'current')!;
    // Two hours ahead, past the booking lead time: it may fall in the next Warsaw week only on a Sunday night.
    const week = (r: Awaited<ReturnType<typeof getTransparencyReport>>) => (current(r).offered ? current(r) : r.weeks[5]!);
    const before = await getTransparencyReport(h.db, l!.id, serviceId);
    expect(week(before)).toMatchObject({ offered: 2, bookedOnline: 0, freeNow: 2 });
    expect(before.firstFree?.getTime()).toBe(s!.startsAt.getTime());
    const booked = await bookVisit(h.db, { id: ownerId, role: 'applicant', email: 'visitor@example.com' }, s!.id, { givenName: 'IVAN', familyName: 'PETRENKO', birthDate: '1988-08-08', passportNumber: 'FP1234567' });
    expect(booked.ok).toBe(true);
    const after = await getTransparencyReport(h.db, l!.id, serviceId);
    expect(week(after)).toMatchObject({ offered: 2, bookedOnline: 1, freeNow: 1 });
    expect(after.firstFree?.getTime()).toBe(s!.startsAt.getTime()); // one place is still free
  });

  it('lists locations and services for the selects and falls back to the first service a location offers', async () => {
    const choices = await listTransparencyChoices(h.db);
    expect(choices.locations.slice(0, 2).map((l) => l.slug)).toEqual(['wroclaw', 'legnica']);
    expect(choices.services.map((s) => s.slug)).toEqual(['submit-application', 'fingerprints']);
    // No slugs: the first location, and the first service offered there (not the first service overall).
    expect(resolveTransparencySelection(choices)).toMatchObject({ location: { slug: 'wroclaw' }, service: { slug: 'fingerprints' }, offeredHere: true });
    expect(resolveTransparencySelection(choices, 'legnica', 'submit-application')).toMatchObject({ location: { slug: 'legnica' }, service: { slug: 'submit-application' }, offeredHere: false });
    expect(resolveTransparencySelection(choices, 'nowhere', 'nothing')).toMatchObject({ location: { slug: 'wroclaw' }, service: { slug: 'fingerprints' } });
  });
});

import { resetConfigForTests } from '@/lib/config';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { locations, reservations, users, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { warsawDate } from '@/lib/calendar/dates';
import { bookVisit, cancelReservation } from './booking';
import { freeTimes } from './availability';
import { bookingLeadMinutes } from './lead-time';

const visitor = (n: number) => ({ givenName: 'OLENA', familyName: 'KOVALENKO', birthDate: '1990-05-14', passportNumber: `FA${String(100000 + n)}` });

describe.each(testDatabases)('visit booking on $name', ({ name, open }) => {
  let h: DbHandle;
  let applicant: Actor;
  let reception: Actor;
  let locationId: number;
  let serviceId: number;
  const slot = async (capacity: number, opts: { releasedIn?: string; startsIn?: string } = {}) => {
    const [s] = await h.db
      .insert(visitSlots)
      .values({
        locationId,
        serviceId,
        capacity,
        startsAt: sql`now() + ${opts.startsIn ?? '7 days'}::interval + make_interval(secs => ${Math.floor(Math.random() * 1000)})`,
        releasedAt: sql`now() + ${opts.releasedIn ?? '-1 day'}::interval`,
      })
      .returning({ id: visitSlots.id });
    return s!.id;
  };
  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'a@example.com', role: 'applicant' }).returning();
    const [r] = await h.db.insert(users).values({ email: 'r@duw.test', role: 'reception' }).returning();
    applicant = { id: u!.id, role: 'applicant', email: u!.email };
    reception = { id: r!.id, role: 'reception', email: r!.email };
    const [l] = await h.db.insert(locations).values({ slug: 'wroclaw', kind: 'head_office', name: 'Wrocław', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' }).returning();
    const [s] = await h.db.insert(visitServices).values({ slug: 'filing', names: { pl: 'Złożenie wniosku' }, durationMinutes: 20, ticketLetter: 'A' }).returning();
    locationId = l!.id;
    serviceId = s!.id;
  });
  afterAll(async () => h?.close());

  it(`never overbooks: ${name === 'postgres' ? 200 : 40} people booking a slot of capacity 3 at once, exactly 3 get it`, async () => {
    const id = await slot(3);
    const attempts = name === 'postgres' ? 200 : 40;
    const results = await Promise.all(Array.from({ length: attempts }, (_, i) => bookVisit(h.db, applicant, id, visitor(i))));
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(3);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.formError === 'slot_taken')).toBe(true);
    const [s] = await h.db.select().from(visitSlots).where(eq(visitSlots.id, id));
    expect(s?.booked).toBe(3);
    expect(await h.db.select().from(reservations).where(eq(reservations.slotId, id))).toHaveLength(3);
  });

  it('opens a slot only at its release time, and refuses one in the past', async () => {
    expect(await bookVisit(h.db, applicant, await slot(3, { releasedIn: '1 hour' }), visitor(900))).toEqual({ ok: false, formError: 'slot_not_released' });
    expect(await bookVisit(h.db, applicant, await slot(3, { startsIn: '-2 days' }), visitor(901))).toEqual({ ok: false, formError: 'slot_past' });
  });

  it('refuses a time too soon to be kept (the visitor comes 15 minutes early), and does not offer it', async () => {
    const soon = await slot(3, { startsIn: '30 minutes' });
    const [row] = await h.db.select({ startsAt: visitSlots.startsAt }).from(visitSlots).where(eq(visitSlots.id, soon));
    const day = warsawDate(row!.startsAt);
    expect(bookingLeadMinutes()).toBe(60);
    expect((await freeTimes(h.db, locationId, serviceId, day)).map((t) => t.id)).not.toContain(soon);
    expect(await bookVisit(h.db, applicant, soon, visitor(905))).toEqual({ ok: false, formError: 'slot_too_soon' });
    // Reception books for someone already standing at the desk.
    expect(await bookVisit(h.db, reception, soon, visitor(906), 'Osoba przy okienku')).toMatchObject({ ok: true });
    process.env.BOOKING_MIN_LEAD_MINUTES = '0';
    resetConfigForTests();
    onTestFinished(() => {
      delete process.env.BOOKING_MIN_LEAD_MINUTES;
      resetConfigForTests();
    });
    expect((await freeTimes(h.db, locationId, serviceId, day)).map((t) => t.id)).toContain(soon);
    expect(await bookVisit(h.db, applicant, soon, visitor(905))).toMatchObject({ ok: true });
  });

  it('allows one active reservation per passport and service, and frees the place on cancellation', async () => {
    const first = await bookVisit(h.db, applicant, await slot(3), { ...visitor(0), passportNumber: 'zz 777 001' });
    if (!first.ok) throw new Error(JSON.stringify(first));
    const other = await slot(3);
    expect(await bookVisit(h.db, applicant, other, { ...visitor(0), passportNumber: 'ZZ777001' })).toEqual({ ok: false, formError: 'passport_active' });
    const [s] = await h.db.select().from(visitSlots).where(eq(visitSlots.id, other));
    expect(s?.booked).toBe(0); // the refused booking left nothing behind
    expect(await cancelReservation(h.db, reception, first.reservationId)).toEqual({ ok: false, formError: 'not_found' });
    expect(await cancelReservation(h.db, applicant, first.reservationId)).toEqual({ ok: true });
    expect((await bookVisit(h.db, applicant, other, { ...visitor(0), passportNumber: 'ZZ777001' })).ok).toBe(true);
  });

  it('lets staff book for someone only with a written reason, marked as a staff booking', async () => {
    const id = await slot(3);
    expect(await bookVisit(h.db, reception, id, visitor(950))).toEqual({ ok: false, fieldErrors: { staffReason: 'staff_reason_required' } });
    const r = await bookVisit(h.db, reception, id, visitor(951), 'Osoba z niepełnosprawnością, bez dostępu do internetu');
    if (!r.ok) throw new Error();
    const [row] = await h.db.select().from(reservations).where(eq(reservations.id, r.reservationId));
    expect(row).toMatchObject({ staffBooking: true, ownerId: null, staffReason: 'Osoba z niepełnosprawnością, bez dostępu do internetu' });
  });
});

describe.each(testDatabases)('availability on $name', ({ open }) => {
  it('counts free places per Warsaw day and lists a day’s free times, leaving out full, unreleased and past slots', async () => {
    const h = await open();
    try {
      const { freeDays, freeTimes } = await import('./availability');
      const [l] = await h.db.insert(locations).values({ slug: 'legnica', kind: 'branch', name: 'Legnica', street: 'ul. F. Skarbka 3', postalCode: '59-220', city: 'Legnica' }).returning();
      const [s] = await h.db.insert(visitServices).values({ slug: 'cards', names: { pl: 'Odbiór karty' }, durationMinutes: 10, ticketLetter: 'C' }).returning();
      const base = { locationId: l!.id, serviceId: s!.id, releasedAt: new Date(Date.now() - 86_400_000) };
      // 2099-03-10 09:00 and 09:30 Warsaw (winter time), and one a day later that is full.
      await h.db.insert(visitSlots).values([
        { ...base, startsAt: new Date('2099-03-10T08:00:00Z'), capacity: 3, booked: 1 },
        { ...base, startsAt: new Date('2099-03-10T08:30:00Z'), capacity: 2, booked: 0 },
        { ...base, startsAt: new Date('2099-03-11T08:00:00Z'), capacity: 2, booked: 2 },
        { ...base, startsAt: new Date('2099-03-12T08:00:00Z'), capacity: 2, booked: 0, releasedAt: new Date('2099-01-01T00:00:00Z') },
      ]);
      const days = await freeDays(h.db, l!.id, s!.id, '2099-03');
      expect(Object.fromEntries(days)).toEqual({ '2099-03-10': 4, '2099-03-11': 0 });
      const times = await freeTimes(h.db, l!.id, s!.id, '2099-03-10');
      expect(times.map((t) => [t.startsAt.toISOString(), t.free])).toEqual([
        ['2099-03-10T08:00:00.000Z', 2],
        ['2099-03-10T08:30:00.000Z', 2],
      ]);
      expect(await freeTimes(h.db, l!.id, s!.id, '2099-03-11')).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

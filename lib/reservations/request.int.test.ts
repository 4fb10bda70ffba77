import { resetConfigForTests } from '@/lib/config';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import type { DbHandle } from '@/db/client';
import { auditLog, locations, notificationOutbox, reservations, users, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { createChallenge } from '@/lib/security/pow';
import { solveChallenge } from '@/lib/security/pow-solver';
import { renderNotice } from '@/lib/notifications/render';
import { bookingRequestSchema } from './schemas';
import { requestBooking } from './request';
import { cancelReservation, moveReservation } from './booking';

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= 'test-secret-for-reservation-requests-0123456789';
  process.env.POW_MAX_NUMBER = '500';
  // The per-account limit has its own test below; the other tests book more often than it allows.
  process.env.BOOKING_LIMIT_PER_ACCOUNT = '100';
  resetConfigForTests();
});

const proof = async () => (await solveChallenge(createChallenge('booking')))!;
const input = async (slotId: number, n: number, extra: object = {}) =>
  bookingRequestSchema.parse({ slotId, givenName: 'OLENA', familyName: 'KOVALENKO', birthDate: '1990-05-14', passportNumber: `FB${100000 + n}`, minors: [], proof: await proof(), ...extra });
const ctx = { address: '203.0.113.7', locale: 'uk' as const, email: 'olena@example.com' };

describe.each(testDatabases)('booking requests, moves and cancellations on $name', ({ open }) => {
  let h: DbHandle;
  let applicant: Actor;
  let other: Actor;
  let locationId: number;
  let serviceId: number;
  const slot = async (capacity = 3, startsIn = '7 days') => {
    const [s] = await h.db
      .insert(visitSlots)
      .values({ locationId, serviceId, capacity, startsAt: sql`date_trunc('minute', now()) + ${startsIn}::interval + make_interval(secs => ${Math.floor(Math.random() * 3_000_000) / 1000})`, releasedAt: sql`now() - interval '1 day'` })
      .returning({ id: visitSlots.id });
    return s!.id;
  };
  const booked = async (id: number) => (await h.db.select({ b: visitSlots.booked }).from(visitSlots).where(eq(visitSlots.id, id)))[0]!.b;

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'olena@example.com', role: 'applicant' }).returning();
    const [o] = await h.db.insert(users).values({ email: 'other@example.com', role: 'applicant' }).returning();
    applicant = { id: u!.id, role: 'applicant', email: u!.email };
    other = { id: o!.id, role: 'applicant', email: o!.email };
    const [l] = await h.db.insert(locations).values({ slug: 'wroclaw', kind: 'head_office', name: 'Dolnośląski Urząd Wojewódzki', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' }).returning();
    const [s] = await h.db.insert(visitServices).values({ slug: 'fingerprints', names: { pl: 'Odciski palców', uk: 'Відбитки пальців' }, durationMinutes: 15, ticketLetter: 'B' }).returning();
    locationId = l!.id;
    serviceId = s!.id;
  });
  afterAll(async () => h?.close());

  it('books with a fresh proof of work, queues the confirmation, and refuses the proof a second time', async () => {
    const req = await input(await slot(), 1);
    const r = await requestBooking(h.db, applicant, req, ctx);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.code).toMatch(/^R-[A-Z0-9]{6}$/);
    const [row] = await h.db.select().from(reservations).where(eq(reservations.id, r.reservationId));
    expect(row).toMatchObject({ locale: 'uk', email: 'olena@example.com', ownerId: applicant.id, staffBooking: false });
    const notices = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.ref, r.reservationId));
    expect(notices).toMatchObject([{ kind: 'reservation_confirmed', recipient: 'olena@example.com', locale: 'uk', status: 'pending' }]);

    const second = await slot();
    expect(await requestBooking(h.db, applicant, { ...(await input(second, 2)), proof: req.proof }, ctx)).toEqual({ ok: false, formError: 'pow_replayed' });
    expect(await booked(second)).toBe(0);
  });

  it('refuses a forged proof and changes nothing', async () => {
    const id = await slot();
    const forged = Buffer.from(JSON.stringify({ algorithm: 'SHA-256', challenge: 'a'.repeat(64), salt: 'x?expires=9999999999&action=booking&', signature: 'b'.repeat(64), number: 1 })).toString('base64');
    expect(await requestBooking(h.db, applicant, { ...(await input(id, 3)), proof: forged }, ctx)).toEqual({ ok: false, formError: 'pow_invalid' });
    expect(await booked(id)).toBe(0);
  });

  it('the confirmation e-mail is in the booker’s language, has a valid Warsaw .ics, and no name or passport', async () => {
    const r = await requestBooking(h.db, applicant, await input(await slot(), 4), ctx);
    if (!r.ok) throw new Error(JSON.stringify(r));
    const [notice] = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.ref, r.reservationId));
    const mail = await renderNotice(h.db, notice!);
    expect(mail.subject).toContain(r.code);
    expect(mail.text).toContain('Відбитки пальців');
    expect(mail.text).not.toMatch(/KOVALENKO|OLENA|FB100004/);
    const ics = String(mail.attachments![0]!.content);
    const comp = new ICAL.Component(ICAL.parse(ics));
    const ev = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
    // Written in UTC (to the second), so it names one instant in every reader, the repeated October hour included.
    const [at] = await h.db.select({ startsAt: visitSlots.startsAt }).from(reservations).innerJoin(visitSlots, eq(visitSlots.id, reservations.slotId)).where(eq(reservations.id, r.reservationId));
    expect(ev.startDate.toJSDate().getTime()).toBe(Math.floor(at!.startsAt.getTime() / 1000) * 1000);
    expect(ev.summary).toContain(r.code);
  });

  it('limits bookings per account per hour (4 for an applicant)', async () => {
    delete process.env.BOOKING_LIMIT_PER_ACCOUNT;
    resetConfigForTests();
    onTestFinished(() => {
      process.env.BOOKING_LIMIT_PER_ACCOUNT = '100';
      resetConfigForTests();
    });
    const busy: Actor = { id: (await h.db.insert(users).values({ email: 'busy@example.com', role: 'applicant' }).returning())[0]!.id, role: 'applicant', email: 'busy@example.com' };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await requestBooking(h.db, busy, await input(await slot(), 100 + i), { ...ctx, address: '198.51.100.9' }));
    expect(results.slice(0, 4).every((r) => r.ok)).toBe(true);
    expect(results[4]).toEqual({ ok: false, formError: 'booking_rate_limited' });
    expect(await h.db.select().from(reservations).where(eq(reservations.passportNumber, 'FB100104'))).toHaveLength(0);
  });

  it('holds the per-account limit when 12 bookings arrive at once', async () => {
    delete process.env.BOOKING_LIMIT_PER_ACCOUNT;
    resetConfigForTests();
    onTestFinished(() => {
      process.env.BOOKING_LIMIT_PER_ACCOUNT = '100';
      resetConfigForTests();
    });
    const [u] = await h.db.insert(users).values({ email: 'burst@example.com', role: 'applicant' }).returning();
    const burst: Actor = { id: u!.id, role: 'applicant', email: 'burst@example.com' };
    const requests = await Promise.all(Array.from({ length: 12 }, async (_, i) => input(await slot(), 200 + i)));
    const results = await Promise.all(requests.map((req) => requestBooking(h.db, burst, req, { ...ctx, address: '198.51.100.10' })));
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    expect(results.filter((r) => !r.ok && r.formError === 'booking_rate_limited')).toHaveLength(8);
    expect(await h.db.select().from(reservations).where(eq(reservations.ownerId, burst.id))).toHaveLength(4);
  });

  it('moves a visit to another time of the same service: code and visitor stay, places move, the change is audited and notified', async () => {
    const from = await slot(2);
    const to = await slot(1);
    const r = await requestBooking(h.db, applicant, await input(from, 5), ctx);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(await moveReservation(h.db, other, r.reservationId, to)).toEqual({ ok: false, formError: 'not_found' });
    expect(await moveReservation(h.db, applicant, r.reservationId, from)).toEqual({ ok: false, formError: 'reservation_same_slot' });
    expect(await moveReservation(h.db, applicant, r.reservationId, to)).toEqual({ ok: true, code: r.code });
    expect([await booked(from), await booked(to)]).toEqual([0, 1]);
    const [row] = await h.db.select().from(reservations).where(eq(reservations.id, r.reservationId));
    expect(row).toMatchObject({ slotId: to, code: r.code, passportNumber: 'FB100005', givenName: 'OLENA' });
    expect(await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'reservation.move'), eq(auditLog.entityId, r.reservationId)))).toHaveLength(1);
    expect((await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.ref, r.reservationId))).map((n) => n.kind).sort()).toEqual(['reservation_confirmed', 'reservation_moved']);

    // The slot it moved to is now full: moving another visit there is "just taken" and changes nothing.
    const second = await requestBooking(h.db, applicant, await input(from, 6), ctx);
    if (!second.ok) throw new Error(JSON.stringify(second));
    expect(await moveReservation(h.db, applicant, second.reservationId, to)).toEqual({ ok: false, formError: 'slot_taken' });
    expect([await booked(from), await booked(to)]).toEqual([1, 1]);
  });

  it('refuses to move or cancel within the cut-off, and cancels before it', async () => {
    const soon = await slot(2, '2 hours');
    const r = await requestBooking(h.db, applicant, await input(soon, 7), ctx);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(await cancelReservation(h.db, applicant, r.reservationId)).toEqual({ ok: false, formError: 'reservation_cutoff' });
    expect(await moveReservation(h.db, applicant, r.reservationId, await slot())).toEqual({ ok: false, formError: 'reservation_cutoff' });
    expect(await booked(soon)).toBe(1);

    const later = await requestBooking(h.db, applicant, await input(await slot(), 8), ctx);
    if (!later.ok) throw new Error(JSON.stringify(later));
    expect(await cancelReservation(h.db, other, later.reservationId)).toEqual({ ok: false, formError: 'not_found' });
    expect(await cancelReservation(h.db, applicant, later.reservationId)).toEqual({ ok: true });
    expect(await cancelReservation(h.db, applicant, later.reservationId)).toEqual({ ok: false, formError: 'reservation_not_active' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { emailTokens, locations, notificationOutbox, rateLimits, reservations, users, visitServices, visitSlots } from '@/db/schema';
import { getTransparencyReport } from '@/lib/reservations/transparency';
import { testDatabases } from '@/test/db';
import { applyRetention, ERASED } from './retention';

const DAY = 24 * 60 * 60 * 1000;
const policy = { reservationDays: 30, outboxDays: 90 };

describe.each(testDatabases)('retention on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => h?.close());

  it('erases personal data past its period, keeps newer rows and the statistics, and is idempotent', async () => {
    const [u] = await h.db.insert(users).values({ email: 'visitor@example.com', role: 'applicant' }).returning();
    const [l] = await h.db.insert(locations).values({ slug: 'wroclaw', kind: 'head_office', name: 'Wrocław', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' }).returning();
    const [s] = await h.db.insert(visitServices).values({ slug: 'fingerprints', names: { pl: 'Odciski palców' }, durationMinutes: 10, ticketLetter: 'B' }).returning();
    const oldAt = new Date(Date.now() - 40 * DAY);
    const slot = async (startsAt: Date) =>
      (await h.db.insert(visitSlots).values({ locationId: l!.id, serviceId: s!.id, startsAt, capacity: 3, booked: 2, releasedAt: new Date(startsAt.getTime() - 14 * DAY) }).returning())[0]!.id;
    const oldSlot = await slot(oldAt);
    const recentSlot = await slot(new Date(Date.now() - 5 * DAY));
    const person = (code: string, slotId: number, status: 'served' | 'no_show' | 'active', passportNumber: string) => ({
      code,
      slotId,
      serviceId: s!.id,
      ownerId: u!.id,
      givenName: 'ANNA',
      familyName: 'NOWAK',
      birthDate: '1991-02-03',
      passportNumber,
      minors: [{ givenName: 'OLA', familyName: 'NOWAK', birthDate: '2015-01-01' }],
      email: 'anna@example.com',
      status,
      staffBooking: true,
      staffReason: 'Anna Nowak, bez internetu',
    });
    // Two old active rows with the same passport would collide on the partial unique index if erased to one placeholder.
    await h.db.insert(reservations).values([person('R-OLD1', oldSlot, 'served', 'AB1'), person('R-OLD2', oldSlot, 'no_show', 'AB2'), person('R-OLD3', oldSlot, 'active', 'AB3'), person('R-NEW1', recentSlot, 'served', 'AB4')]);
    const [u2] = await h.db.insert(users).values({ email: 'other@example.com', role: 'applicant' }).returning();
    await h.db.insert(reservations).values({ ...person('R-OLD4', oldSlot, 'active', 'AB5'), ownerId: u2!.id });
    const before = await getTransparencyReport(h.db, l!.id, s!.id, oldAt);

    const notice = (recipient: string, status: 'sent' | 'failed' | 'pending', age: string) => ({
      channel: 'email' as const,
      recipient,
      locale: 'pl' as const,
      kind: 'reservation_confirmed' as const,
      status,
      lastError: status === 'failed' ? `550 ${recipient} unknown` : null,
      createdAt: sql`now() - ${age}::interval`,
      nextAttemptAt: sql`now() - ${age}::interval`,
      sentAt: status === 'sent' ? sql`now() - ${age}::interval` : null,
    });
    await h.db.insert(notificationOutbox).values([notice('old-sent@example.com', 'sent', '100 days'), notice('old-failed@example.com', 'failed', '100 days'), notice('new@example.com', 'sent', '10 days'), notice('stuck@example.com', 'pending', '100 days')]);

    await h.db.insert(rateLimits).values([
      { key: 'email:old@example.com', count: 3, windowStart: sql`now() - interval '2 days'` },
      { key: 'ip:10.0.0.1', count: 1, windowStart: sql`now() - interval '10 minutes'` },
      { key: 'email:locked@example.com', count: 9, windowStart: sql`now() - interval '2 days'`, lockedUntil: sql`now() + interval '1 hour'` },
    ]);
    await h.db.insert(emailTokens).values([
      { userId: u!.id, purpose: 'verify_email', tokenHash: 'a'.repeat(64), expiresAt: sql`now() - interval '1 minute'` },
      { userId: u!.id, purpose: 'verify_email', tokenHash: 'b'.repeat(64), expiresAt: sql`now() + interval '1 hour'` },
    ]);

    expect(await applyRetention(h.db, policy)).toEqual({ reservations: 4, outbox: 2, rateLimits: 1, tokens: 1 });

    const rows = await h.db.select().from(reservations).orderBy(reservations.code);
    const old = rows.filter((r) => r.code.startsWith('R-OLD'));
    for (const r of old) {
      expect(r).toMatchObject({ givenName: ERASED, familyName: ERASED, birthDate: '1900-01-01', minors: [], email: null, ownerId: null, staffReason: null, slotId: oldSlot, serviceId: s!.id, staffBooking: true });
      expect(r.passportNumber).not.toMatch(/^AB/);
    }
    expect(old.map((r) => r.status)).toEqual(['served', 'no_show', 'active', 'active']);
    expect(rows.find((r) => r.code === 'R-NEW1')).toMatchObject({ givenName: 'ANNA', passportNumber: 'AB4', email: 'anna@example.com', ownerId: u!.id });
    // The public statistics count the same after erasure.
    expect(await getTransparencyReport(h.db, l!.id, s!.id, oldAt)).toEqual(before);

    const outbox = await h.db.select({ r: notificationOutbox.recipient, e: notificationOutbox.lastError, kind: notificationOutbox.kind }).from(notificationOutbox).orderBy(notificationOutbox.id);
    expect(outbox).toEqual([
      { r: '', e: null, kind: 'reservation_confirmed' },
      { r: '', e: null, kind: 'reservation_confirmed' },
      { r: 'new@example.com', e: null, kind: 'reservation_confirmed' },
      { r: 'stuck@example.com', e: null, kind: 'reservation_confirmed' },
    ]);
    expect((await h.db.select({ k: rateLimits.key }).from(rateLimits)).map((r) => r.k).sort()).toEqual(['email:locked@example.com', 'ip:10.0.0.1']);
    expect((await h.db.select({ t: emailTokens.tokenHash }).from(emailTokens)).map((r) => r.t)).toEqual(['b'.repeat(64)]);

    // The next run (another worker, the next day) changes nothing.
    expect(await applyRetention(h.db, policy)).toEqual({ reservations: 0, outbox: 0, rateLimits: 0, tokens: 0 });
  });
});

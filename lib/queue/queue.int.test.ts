import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { openDb, type DbHandle } from '@/db/client';
import { auditLog, deskServices, desks, locations, queueTickets, reservations, users, visitServiceLocations, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { checkIn, takeWalkInTicket } from './tickets';
import { callNext, finishTicket, getDeskView, recallTicket } from './desk';
import { getBoardState } from './board';
import { lapseLateReservations } from './late-cancel';
import { listenForQueueEvents, publishQueueEvent, type QueueEvent } from './events';

const MIN = 60_000;
let seq = 0;

describe.each(testDatabases)('queue on $name', ({ name, open }) => {
  let h: DbHandle;
  let reception: Actor;
  let wroclaw: number;
  let legnica: number;
  let filing: number; // letter A, no walk-ins, 10 grace minutes
  let cards: number; // letter C, walk-ins
  let heads: number; // letter E, not served by the desks below
  const now = new Date();

  /** A reservation whose slot starts `startsIn` minutes from `now`. */
  const reserve = async (startsIn: number, opts: { locationId?: number; serviceId?: number; status?: 'active' | 'cancelled' } = {}) => {
    const n = ++seq;
    const [slot] = await h.db
      .insert(visitSlots)
      .values({ locationId: opts.locationId ?? wroclaw, serviceId: opts.serviceId ?? filing, startsAt: new Date(now.getTime() + startsIn * MIN + n), capacity: 3, booked: 1, releasedAt: new Date(0) })
      .returning({ id: visitSlots.id });
    const code = `R-${String(n).padStart(6, 'A').replace(/[^A-Z]/g, (d) => 'CDEFGHJKMN'[Number(d)]!)}`;
    const [r] = await h.db
      .insert(reservations)
      .values({ code, slotId: slot!.id, serviceId: opts.serviceId ?? filing, givenName: 'OLENA', familyName: `KOVALENKO${n}`, birthDate: '1990-05-14', passportNumber: `FA${100000 + n}`, status: opts.status ?? 'active' })
      .returning({ id: reservations.id, code: reservations.code });
    return r!;
  };
  const reservation = async (id: string) => (await h.db.select().from(reservations).where(eq(reservations.id, id)))[0]!;
  const audits = async (action: string, entityId?: string) =>
    h.db.select().from(auditLog).where(and(eq(auditLog.action, action), entityId ? eq(auditLog.entityId, entityId) : undefined));
  const ticketCount = async () => (await h.db.select({ n: sql<number>`count(*)::int` }).from(queueTickets))[0]!.n;
  const desk = async (label: string, serviceIds: number[], locationId = wroclaw) => {
    const [d] = await h.db.insert(desks).values({ locationId, label }).returning({ id: desks.id });
    if (serviceIds.length) await h.db.insert(deskServices).values(serviceIds.map((serviceId) => ({ deskId: d!.id, serviceId })));
    return d!.id;
  };
  /** Finishes every ticket of the day, so each test starts with an empty queue. */
  const clearQueue = () => h.db.update(queueTickets).set({ status: 'served' }).where(inArray(queueTickets.status, ['waiting', 'called']));

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'reception@duw.test', role: 'reception' }).returning();
    reception = { id: u!.id, role: 'reception', email: u!.email };
    const [w, l] = await h.db
      .insert(locations)
      .values([
        { slug: 'wroclaw', kind: 'head_office', name: 'Wrocław', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' },
        { slug: 'legnica', kind: 'branch', name: 'Delegatura w Legnicy', street: 'ul. F. Skarbka 3', postalCode: '59-220', city: 'Legnica' },
      ])
      .returning();
    wroclaw = w!.id;
    legnica = l!.id;
    const [a, c, e] = await h.db
      .insert(visitServices)
      .values([
        { slug: 'filing', names: { pl: 'Złożenie wniosku', en: 'Filing an application' }, durationMinutes: 20, ticketLetter: 'A', graceMinutes: 10 },
        { slug: 'cards', names: { pl: 'Odbiór karty' }, durationMinutes: 10, ticketLetter: 'C', walkIns: true },
        { slug: 'heads', names: { pl: 'Kierownik' }, durationMinutes: 15, ticketLetter: 'E', walkIns: true },
      ])
      .returning();
    filing = a!.id;
    cards = c!.id;
    heads = e!.id;
    await h.db.insert(visitServiceLocations).values([
      { serviceId: filing, locationId: wroclaw },
      { serviceId: cards, locationId: wroclaw },
      { serviceId: heads, locationId: wroclaw },
      { serviceId: filing, locationId: legnica },
      { serviceId: cards, locationId: legnica },
    ]);
  });
  afterAll(async () => h?.close());

  describe('kiosk check-in', () => {
    it('refuses an early arrival with the time check-in opens, and changes nothing', async () => {
      const r = await reserve(45);
      const result = await checkIn(h.db, reception, wroclaw, r.code, now);
      const starts = (await h.db.select({ s: visitSlots.startsAt }).from(visitSlots).innerJoin(reservations, eq(reservations.slotId, visitSlots.id)).where(eq(reservations.id, r.id)))[0]!.s;
      expect(result).toEqual({ ok: false, formError: 'checkin_too_early', params: { from: new Date(starts.getTime() - 30 * MIN).toISOString() } });
      expect(await reservation(r.id)).toMatchObject({ status: 'active', checkedInAt: null });
      expect(await audits('queue.checkin', r.id)).toHaveLength(0);
    });

    it('checks in on time (from 30 minutes before to the end of the grace period) with daily numbers per service', async () => {
      const before = await ticketCount();
      const first = await reserve(29);
      const second = await reserve(-9);
      const a = await checkIn(h.db, reception, wroclaw, first.code.toLowerCase().replace('-', ' '), now);
      const b = await checkIn(h.db, reception, wroclaw, second.code, now);
      if (!a.ok || !b.ok) throw new Error(JSON.stringify([a, b]));
      expect(a.ticket).toMatchObject({ label: 'A001', kind: 'reserved', serviceNames: { pl: 'Złożenie wniosku' } });
      expect(b.ticket.label).toBe('A002');
      expect(await reservation(first.id)).toMatchObject({ status: 'checked_in', checkedInAt: now });
      expect(await audits('queue.checkin', first.id)).toHaveLength(1);
      expect(await ticketCount()).toBe(before + 2);
    });

    it('refuses a code used twice, also when scanned twice at the same moment', async () => {
      const r = await reserve(0);
      const results = await Promise.all([checkIn(h.db, reception, wroclaw, r.code, now), checkIn(h.db, reception, wroclaw, r.code, now)]);
      expect(results.filter((x) => x.ok)).toHaveLength(1);
      // The second scan is told the number the first one got, so a visitor who lost it is not stuck.
      const issued = results.find((x) => x.ok);
      const label = issued && issued.ok ? issued.ticket.label : '';
      expect(results.find((x) => !x.ok)).toEqual({ ok: false, formError: 'checkin_used_ticket', params: { ticket: label } });
      expect(await checkIn(h.db, reception, wroclaw, r.code, now)).toEqual({ ok: false, formError: 'checkin_used_ticket', params: { ticket: label } });
      expect(await h.db.select().from(queueTickets).where(eq(queueTickets.reservationId, r.id))).toHaveLength(1);
      expect(await audits('queue.checkin', r.id)).toHaveLength(1);
    });

    it('refuses a late arrival and lets the reservation lapse (cancelled, reason late)', async () => {
      const r = await reserve(-11);
      const before = await ticketCount();
      expect(await checkIn(h.db, reception, wroclaw, r.code, now)).toEqual({ ok: false, formError: 'checkin_late', params: { minutes: 10 } });
      expect(await reservation(r.id)).toMatchObject({ status: 'cancelled', cancelReason: 'late', checkedInAt: null });
      expect(await audits('queue.checkin_late', r.id)).toHaveLength(1);
      // Trying again gives the same reason and writes nothing more.
      expect(await checkIn(h.db, reception, wroclaw, r.code, now)).toEqual({ ok: false, formError: 'checkin_late', params: { minutes: 10 } });
      expect(await audits('queue.checkin_late', r.id)).toHaveLength(1);
      expect(await ticketCount()).toBe(before);
    });

    it('refuses unknown and malformed codes, another location and a cancelled reservation, changing nothing', async () => {
      const elsewhere = await reserve(0, { locationId: legnica });
      const cancelled = await reserve(0, { status: 'cancelled' });
      const before = await ticketCount();
      const auditsBefore = (await h.db.select().from(auditLog)).length;
      expect(await checkIn(h.db, reception, wroclaw, 'R-XXXXXX', now)).toEqual({ ok: false, formError: 'checkin_unknown' });
      expect(await checkIn(h.db, reception, wroclaw, 'not a code', now)).toEqual({ ok: false, formError: 'checkin_unknown' });
      expect(await checkIn(h.db, reception, wroclaw, elsewhere.code, now)).toEqual({ ok: false, formError: 'checkin_wrong_location', params: { location: 'Delegatura w Legnicy' } });
      expect(await checkIn(h.db, reception, wroclaw, cancelled.code, now)).toEqual({ ok: false, formError: 'checkin_cancelled' });
      expect(await reservation(elsewhere.id)).toMatchObject({ status: 'active', checkedInAt: null });
      expect(await ticketCount()).toBe(before);
      expect((await h.db.select().from(auditLog)).length).toBe(auditsBefore);
    });
  });

  describe('walk-in tickets and numbering', () => {
    it('numbers per location, service and Warsaw day, restarting the next day', async () => {
      const day = new Date(now.getTime() + 3 * 24 * 60 * MIN);
      const take = async (loc: number, svc: number, at = day) => {
        const r = await takeWalkInTicket(h.db, reception, loc, svc, at);
        if (!r.ok) throw new Error(JSON.stringify(r));
        return r.ticket.label;
      };
      expect([await take(wroclaw, cards), await take(wroclaw, cards), await take(wroclaw, heads), await take(legnica, cards), await take(wroclaw, cards)]).toEqual([
        'C001',
        'C002',
        'E001',
        'C001',
        'C003',
      ]);
      expect(await take(wroclaw, cards, new Date(day.getTime() + 24 * 60 * MIN))).toBe('C001');
      expect(await audits('queue.walk_in')).toHaveLength(6);
    });

    it('offers walk-ins only for services that take them at this location', async () => {
      const before = await ticketCount();
      expect(await takeWalkInTicket(h.db, reception, wroclaw, filing, now)).toEqual({ ok: false, formError: 'walk_in_unavailable' });
      expect(await takeWalkInTicket(h.db, reception, legnica, heads, now)).toEqual({ ok: false, formError: 'walk_in_unavailable' });
      expect(await takeWalkInTicket(h.db, reception, wroclaw, 999_999, now)).toEqual({ ok: false, formError: 'walk_in_unavailable' });
      expect(await ticketCount()).toBe(before);
    });

    it(`gives ${name === 'postgres' ? 100 : 30} kiosks pressing at once ${name === 'postgres' ? 100 : 30} different consecutive numbers`, async () => {
      const n = name === 'postgres' ? 100 : 30;
      const day = new Date(now.getTime() + 10 * 24 * 60 * MIN);
      const results = await Promise.all(Array.from({ length: n }, () => takeWalkInTicket(h.db, reception, legnica, cards, day)));
      const labels = results.map((r) => (r.ok ? r.ticket.label : 'failed')).sort();
      expect(labels).toEqual(Array.from({ length: n }, (_, i) => `C${String(i + 1).padStart(3, '0')}`));
    });
  });

  describe('desks', () => {
    it('call reserved tickets first by appointment time, then walk-ins, only for the desk’s services', async () => {
      await clearQueue();
      const d = await desk('call-order', [filing, cards]);
      const walk1 = await takeWalkInTicket(h.db, reception, wroclaw, cards, new Date(now.getTime() - 20 * MIN));
      await takeWalkInTicket(h.db, reception, wroclaw, heads, new Date(now.getTime() - 19 * MIN)); // not this desk's service
      const late = await reserve(20);
      const early = await reserve(5);
      const rl = await checkIn(h.db, reception, wroclaw, late.code, new Date(now.getTime() - 5 * MIN));
      const re = await checkIn(h.db, reception, wroclaw, early.code, now);
      if (!walk1.ok || !rl.ok || !re.ok) throw new Error('setup');
      const order: string[] = [];
      for (let i = 0; i < 3; i++) {
        const c = await callNext(h.db, reception, d, now);
        if (!c.ok) throw new Error(JSON.stringify(c));
        order.push(c.ticket.label);
        expect(await finishTicket(h.db, reception, d, c.ticket.id, 'served', now)).toMatchObject({ ok: true });
      }
      expect(order).toEqual([re.ticket.label, rl.ticket.label, walk1.ticket.label]);
      expect(await callNext(h.db, reception, d, now)).toEqual({ ok: false, formError: 'queue_empty' });
      expect(await reservation(early.id)).toMatchObject({ status: 'served' });
    });

    it('shows the visitor’s identity at the desk, recalls, marks absent (reservation no-show) and refuses stale buttons', async () => {
      await clearQueue();
      const d = await desk('identity', [filing]);
      const r = await reserve(0);
      const t = await checkIn(h.db, reception, wroclaw, r.code, now);
      if (!t.ok) throw new Error();
      const called = await callNext(h.db, reception, d, now);
      if (!called.ok) throw new Error();
      expect(await callNext(h.db, reception, d, now)).toEqual({ ok: false, formError: 'desk_busy' });
      const view = await getDeskView(h.db, 'wroclaw', 'identity', now);
      expect(view?.current).toMatchObject({ label: t.ticket.label, kind: 'reserved', visitor: { code: r.code, givenName: 'OLENA', passportNumber: expect.stringMatching(/^FA/) } });
      const later = new Date(now.getTime() + 2 * MIN);
      expect(await recallTicket(h.db, reception, d, called.ticket.id, later)).toMatchObject({ ok: true });
      const [row] = await h.db.select().from(queueTickets).where(eq(queueTickets.id, called.ticket.id));
      expect(row).toMatchObject({ recalls: 1, calledAt: later, status: 'called' });
      expect(await finishTicket(h.db, reception, d, called.ticket.id, 'absent', later)).toMatchObject({ ok: true });
      expect(await reservation(r.id)).toMatchObject({ status: 'no_show' });
      expect(await finishTicket(h.db, reception, d, called.ticket.id, 'served', later)).toEqual({ ok: false, formError: 'ticket_not_current' });
      expect(await recallTicket(h.db, reception, d, called.ticket.id, later)).toEqual({ ok: false, formError: 'ticket_not_current' });
      for (const action of ['queue.call', 'queue.recall', 'queue.absent']) expect(await audits(action, String(called.ticket.id))).toHaveLength(1);
    });

    it('never gives two desks pressing at once the same ticket', async () => {
      await clearQueue();
      const n = name === 'postgres' ? 12 : 4;
      const deskIds = await Promise.all(Array.from({ length: n }, (_, i) => desk(`race-${i}`, [cards])));
      for (let i = 0; i < n - 1; i++) await takeWalkInTicket(h.db, reception, wroclaw, cards, now);
      const results = await Promise.all(deskIds.map((d) => callNext(h.db, reception, d, now)));
      const ids = results.flatMap((r) => (r.ok ? [r.ticket.id] : []));
      expect(ids).toHaveLength(n - 1);
      expect(new Set(ids).size).toBe(n - 1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, formError: 'queue_empty' }]);
      const rows = await h.db.select().from(queueTickets).where(inArray(queueTickets.id, ids));
      expect(new Set(rows.map((r) => r.deskId)).size).toBe(n - 1);
    });

    it('gives the board called tickets with desks and waiting counts, and no personal data', async () => {
      await clearQueue();
      const d = await desk('board', [filing]);
      const r = await reserve(0);
      await checkIn(h.db, reception, wroclaw, r.code, now);
      await takeWalkInTicket(h.db, reception, wroclaw, cards, now);
      // Later than the recall in the test before, so this is the board's newest call.
      const c = await callNext(h.db, reception, d, new Date(now.getTime() + 5 * MIN));
      if (!c.ok) throw new Error();
      const state = await getBoardState(h.db, wroclaw, now);
      expect(state.called[0]).toMatchObject({ id: c.ticket.id, label: c.ticket.label, desk: 'board', recalls: 0 });
      expect(state.waiting.map((w) => [w.letter, w.waiting])).toEqual([
        ['A', 0],
        ['C', 1],
        ['E', 0],
      ]);
      const json = JSON.stringify(state);
      expect(json).not.toContain('KOVALENKO');
      expect(json).not.toContain(r.code);
    });
  });

  describe('late-cancel job', () => {
    it('marks reservations not checked in by the end of the grace period as no-shows, once, audited by the system', async () => {
      const lapsed = await reserve(-11);
      const inGrace = await reserve(-9);
      const first = await lapseLateReservations(h.db, now);
      expect(first.lapsed).toBeGreaterThanOrEqual(1);
      expect(await reservation(lapsed.id)).toMatchObject({ status: 'no_show' });
      expect(await reservation(inGrace.id)).toMatchObject({ status: 'active' });
      const [a] = await audits('queue.late_cancel', lapsed.id);
      expect(a).toMatchObject({ actorId: null, actorRole: null });
      expect(await lapseLateReservations(h.db, now)).toEqual({ lapsed: 0 });
      expect(await checkIn(h.db, reception, wroclaw, lapsed.code, now)).toEqual({ ok: false, formError: 'checkin_late', params: { minutes: 10 } });
    });

    // Two independent connection pools racing: a question for a real server (PGlite is one process, one connection).
    if (name === 'postgres') it('two workers running at once never lapse the same reservation twice', async () => {
      const n = 300;
      const [slot] = await h.db
        .insert(visitSlots)
        .values({ locationId: wroclaw, serviceId: cards, startsAt: new Date(now.getTime() - 60 * MIN), capacity: n, booked: n, releasedAt: new Date(0) })
        .returning({ id: visitSlots.id });
      const rows = await h.db
        .insert(reservations)
        .values(Array.from({ length: n }, (_, i) => ({ code: `R-W${String(i).padStart(5, '0')}`, slotId: slot!.id, serviceId: cards, givenName: 'A', familyName: 'B', birthDate: '1990-01-01', passportNumber: `WK${100000 + i}` })))
        .returning({ id: reservations.id });
      // A second process: its own pool on the same database.
      const other = await openDb({ url: h.url! });
      try {
        const results = await Promise.all([lapseLateReservations(h.db, now), lapseLateReservations(other.db, now), lapseLateReservations(h.db, now), lapseLateReservations(other.db, now)]);
        expect(results.reduce((s, r) => s + r.lapsed, 0)).toBe(n);
      } finally {
        await other.close();
      }
      const ids = rows.map((r) => r.id);
      const logged = await h.db.select({ entityId: auditLog.entityId }).from(auditLog).where(and(eq(auditLog.action, 'queue.late_cancel'), inArray(auditLog.entityId, ids)));
      expect(logged).toHaveLength(n);
      expect(new Set(logged.map((l) => l.entityId)).size).toBe(n);
    });
  });

  describe('live events', () => {
    it('delivers a NOTIFY published in a committed transaction on another connection to the listener, and none on rollback', async () => {
      const got: QueueEvent[] = [];
      const listener = await listenForQueueEvents(h, (e) => got.push(e));
      try {
        // On PostgreSQL the publisher is another process's pool: the listener has its own connection.
        const publisher = name === 'postgres' ? await openDb({ url: h.url! }) : h;
        try {
          await publisher.db.transaction(async (tx) => {
            await publishQueueEvent(tx, { locationId: 42, kind: 'call', ticketId: 7 });
            // Not delivered before commit.
            await new Promise((r) => setTimeout(r, 100));
            expect(got).toEqual([]);
          });
          await expect.poll(() => got, { timeout: 5000 }).toEqual([{ locationId: 42, kind: 'call', ticketId: 7 }]);
          await publisher.db
            .transaction(async (tx) => {
              await publishQueueEvent(tx, { locationId: 43, kind: 'call' });
              throw new Error('rollback');
            })
            .catch(() => {});
          // Events from the queue's own functions arrive too.
          const d = await desk('events', [cards]);
          await takeWalkInTicket(publisher.db, reception, wroclaw, cards, now);
          await callNext(publisher.db, reception, d, now);
          await expect.poll(() => got.map((e) => `${e.locationId}:${e.kind}`), { timeout: 5000 }).toEqual(['42:call', `${wroclaw}:ticket`, `${wroclaw}:call`]);
        } finally {
          if (publisher !== h) await publisher.close();
        }
      } finally {
        await listener.close();
      }
    });
  });
});

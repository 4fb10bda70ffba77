import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import type { DbHandle } from '@/db/client';
import { locations, notificationOutbox, reservations, users, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { renderNotice } from '@/lib/notifications/render';
import { bookVisit, cancelReservation, moveReservation } from './booking';

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= 'test-secret-for-ics-sequence-0123456789abcdef';
});

type CalendarFile = { uid: string; sequence: number; dtstamp: number; start: string; cancelled: boolean };

/** Reads a notice's .ics with ical.js, and checks that node-ical, read independently, agrees. */
function read(ics: string): CalendarFile {
  const comp = new ICAL.Component(ICAL.parse(ics));
  const vevent = comp.getFirstSubcomponent('vevent')!;
  const ev = new ICAL.Event(vevent);
  const file = {
    uid: ev.uid,
    sequence: ev.sequence,
    dtstamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
    start: ev.startDate.toJSDate().toISOString(),
    cancelled: comp.getFirstPropertyValue('method') === 'CANCEL' && vevent.getFirstPropertyValue('status') === 'CANCELLED',
  };
  const other = Object.values(nodeIcal.sync.parseICS(ics)).find((c) => c?.type === 'VEVENT') as nodeIcal.VEvent;
  expect({ uid: other.uid, sequence: Number(other.sequence), start: new Date(other.start.getTime()).toISOString(), cancelled: other.status === 'CANCELLED' }).toEqual({
    uid: file.uid,
    sequence: file.sequence,
    start: file.start,
    cancelled: file.cancelled,
  });
  return file;
}

/**
 * What a calendar keeps of one UID (RFC 5546 §2.1.5): a file replaces the held
 * event only if its SEQUENCE is higher, or equal with a DTSTAMP not older.
 */
function calendarAfter(files: readonly CalendarFile[]): CalendarFile | null {
  let held: CalendarFile | null = null;
  for (const f of files) {
    if (!held || f.sequence > held.sequence || (f.sequence === held.sequence && f.dtstamp >= held.dtstamp)) held = f;
  }
  return held;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe.each(testDatabases)('calendar SEQUENCE of a reservation on $name', ({ open }) => {
  let h: DbHandle;
  let applicant: Actor;
  let stranger: Actor;
  let locationId: number;
  let serviceId: number;
  const slot = async (days: number) => {
    const [s] = await h.db
      .insert(visitSlots)
      .values({ locationId, serviceId, capacity: 2, startsAt: sql`date_trunc('minute', now()) + make_interval(days => ${days})`, releasedAt: sql`now() - interval '1 day'` })
      .returning({ id: visitSlots.id, startsAt: visitSlots.startsAt });
    return s!;
  };
  const sequence = async (id: string) => (await h.db.select({ s: reservations.sequence }).from(reservations).where(eq(reservations.id, id)))[0]!.s;
  const notices = (id: string) => h.db.select().from(notificationOutbox).where(eq(notificationOutbox.ref, id)).orderBy(asc(notificationOutbox.id));
  const icsOf = async (row: Awaited<ReturnType<typeof notices>>[number]) => read(String((await renderNotice(h.db, row)).attachments![0]!.content));

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'olena@example.com', role: 'applicant' }).returning();
    const [o] = await h.db.insert(users).values({ email: 'other@example.com', role: 'applicant' }).returning();
    applicant = { id: u!.id, role: 'applicant', email: u!.email };
    stranger = { id: o!.id, role: 'applicant', email: o!.email };
    const [l] = await h.db.insert(locations).values({ slug: 'wroclaw', kind: 'head_office', name: 'Dolnośląski Urząd Wojewódzki', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' }).returning();
    const [s] = await h.db.insert(visitServices).values({ slug: 'filing', names: { pl: 'Złożenie wniosku' }, durationMinutes: 20, ticketLetter: 'A' }).returning();
    locationId = l!.id;
    serviceId = s!.id;
  });
  afterAll(async () => h?.close());

  it('booking → move → cancel: each .ics outranks the one before, and a confirmation rendered after the cancellation still cancels', async () => {
    const first = await slot(7);
    const second = await slot(8);
    const booked = await bookVisit(h.db, applicant, first.id, { givenName: 'OLENA', familyName: 'KOVALENKO', birthDate: '1990-05-14', passportNumber: 'FC100001' }, undefined, { email: 'olena@example.com', locale: 'pl' });
    if (!booked.ok) throw new Error(JSON.stringify(booked));
    const id = booked.reservationId;
    expect(await sequence(id)).toBe(0);
    const [confirmedRow] = await notices(id);
    const confirmed = await icsOf(confirmedRow!);
    expect(confirmed).toMatchObject({ sequence: 0, start: first.startsAt.toISOString(), cancelled: false });

    expect(await moveReservation(h.db, applicant, id, second.id)).toEqual({ ok: true, code: booked.code });
    expect(await sequence(id)).toBe(1);
    const movedRow = (await notices(id)).find((n) => n.kind === 'reservation_moved')!;
    const moved = await icsOf(movedRow);
    expect(moved).toMatchObject({ uid: confirmed.uid, sequence: 1, start: second.startsAt.toISOString(), cancelled: false });

    // Someone else's cancellation is refused and is no change: the sequence stays.
    expect(await cancelReservation(h.db, stranger, id)).toEqual({ ok: false, formError: 'not_found' });
    expect(await sequence(id)).toBe(1);

    expect(await cancelReservation(h.db, applicant, id)).toEqual({ ok: true });
    expect(await sequence(id)).toBe(2);
    const cancelledRow = (await notices(id)).find((n) => n.kind === 'reservation_cancelled')!;
    const cancelled = await icsOf(cancelledRow);
    expect(cancelled).toMatchObject({ uid: confirmed.uid, sequence: 2, cancelled: true });

    // The "confirmed" and "moved" notices sent again (a retry, a resend) after the cancellation.
    const resentConfirmed = await icsOf(confirmedRow!);
    const resentMoved = await icsOf(movedRow);
    for (const f of [resentConfirmed, resentMoved]) {
      expect(f.uid).toBe(confirmed.uid);
      expect(f.sequence).toBeGreaterThanOrEqual(cancelled.sequence);
      expect(f.cancelled).toBe(true);
    }

    // In whatever order the files reach the visitor's calendar, the visit ends up cancelled.
    for (const order of permutations([confirmed, moved, cancelled, resentConfirmed, resentMoved])) {
      expect(calendarAfter(order)?.cancelled).toBe(true);
    }
    // And before the cancellation, the move wins over the confirmation whatever the order.
    expect(calendarAfter([moved, confirmed])?.start).toBe(second.startsAt.toISOString());
  });
});

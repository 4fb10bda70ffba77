import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { locations, notificationOutbox, queueTickets, users, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { warsawDate } from '@/lib/calendar/dates';
import { resetConfigForTests } from '@/lib/config';
import { bookVisit } from '@/lib/reservations/booking';

// The route handler is called as Next calls it; only the database handle is ours.
const current = vi.hoisted(() => ({ handle: null as unknown }));
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDbHandle: async () => current.handle,
  getDb: async () => (current.handle as DbHandle).db,
}));

const { GET } = await import('@/app/api/metrics/route');
const { METRIC_NAMES } = await import('./collect');

const TOKEN = 'metrics-token-for-tests-7f3a9c2e';
const scrape = (authorization?: string) => GET(new Request('http://pobyt.test/api/metrics', { headers: authorization ? { authorization } : {} }));

/** The exposition's samples: `name{labels}` → value. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

const setToken = (value: string | undefined) => {
  if (value === undefined) delete process.env.METRICS_TOKEN;
  else process.env.METRICS_TOKEN = value;
  resetConfigForTests();
};

afterEach(() => setToken(undefined));

describe('the metrics endpoint without METRICS_TOKEN', () => {
  it('does not exist (404), with or without a token', async () => {
    setToken(undefined);
    expect((await scrape()).status).toBe(404);
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
  });
});

describe.each(testDatabases)('the metrics endpoint on $name', ({ name, open }) => {
  let h: DbHandle;
  let applicant: Actor;
  let slotId: number;
  let pastSlotId: number;

  beforeAll(async () => {
    h = await open();
    current.handle = h;
    const [u] = await h.db.insert(users).values({ email: 'metrics@example.com', role: 'applicant' }).returning();
    applicant = { id: u!.id, role: 'applicant', email: u!.email };
    const [l] = await h.db.insert(locations).values({ slug: 'wroclaw', kind: 'head_office', name: 'Wrocław', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' }).returning();
    await h.db.insert(locations).values({ slug: 'legnica', kind: 'branch', name: 'Legnica', street: 'pl. Słowiański 1', postalCode: '59-220', city: 'Legnica' });
    const [s] = await h.db.insert(visitServices).values({ slug: 'filing', names: { pl: 'Złożenie wniosku' }, durationMinutes: 20, ticketLetter: 'A' }).returning();
    const slot = async (startsIn: string) =>
      (await h.db.insert(visitSlots).values({ locationId: l!.id, serviceId: s!.id, capacity: 3, startsAt: sql`now() + ${startsIn}::interval`, releasedAt: sql`now() - '1 day'::interval` }).returning())[0]!.id;
    slotId = await slot('7 days');
    pastSlotId = await slot('-2 days');
    // Two notices waiting (one of them after a failed attempt, the older one 10 minutes old), one given up, one delivered.
    const notice = { channel: 'email' as const, recipient: 'metrics@example.com', locale: 'pl' as const, kind: 'reservation_confirmed' as const };
    await h.db.insert(notificationOutbox).values([
      { ...notice, status: 'pending', createdAt: sql`now() - interval '10 minutes'` },
      { ...notice, status: 'pending', attempts: 2 },
      { ...notice, channel: 'sms', status: 'failed', attempts: 7 },
      { ...notice, status: 'sent', sentAt: sql`now()` },
    ]);
    const today = warsawDate(new Date());
    await h.db.insert(queueTickets).values([
      { locationId: l!.id, serviceId: s!.id, day: today, number: 1, label: 'A001', kind: 'walk_in', status: 'waiting' },
      { locationId: l!.id, serviceId: s!.id, day: today, number: 2, label: 'A002', kind: 'walk_in', status: 'waiting' },
      { locationId: l!.id, serviceId: s!.id, day: today, number: 3, label: 'A003', kind: 'walk_in', status: 'served' },
    ]);
  });
  afterAll(async () => h?.close());

  it('refuses a scrape without the token or with a wrong one', async () => {
    setToken(TOKEN);
    for (const auth of [undefined, `Bearer ${TOKEN.slice(0, -1)}`, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN, 'Bearer ']) {
      const res = await scrape(auth);
      expect(res.status, String(auth)).toBe(401);
      expect(await res.text()).not.toContain('pobyt_');
    }
  });

  it('with the token, gives the named metrics: bookings and refusals by reason, notification backlog, age and failures, queue waiting per location, pool use', async () => {
    setToken(TOKEN);
    const before = samples(await (await scrape(`Bearer ${TOKEN}`)).text());
    const booked = before.get('pobyt_bookings_total{result="booked"}') ?? 0;
    const refused = before.get('pobyt_bookings_total{result="refused"}') ?? 0;
    const past = before.get('pobyt_booking_refusals_total{reason="slot_past"}') ?? 0;

    expect(await bookVisit(h.db, applicant, slotId, { givenName: 'OLENA', familyName: 'KOVALENKO', birthDate: '1990-05-14', passportNumber: 'FA100001' })).toMatchObject({ ok: true });
    expect(await bookVisit(h.db, applicant, pastSlotId, { givenName: 'OLENA', familyName: 'KOVALENKO', birthDate: '1990-05-14', passportNumber: 'FA100002' })).toEqual({ ok: false, formError: 'slot_past' });

    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    for (const metricName of METRIC_NAMES) expect(text, metricName).toContain(`# TYPE ${metricName} `);
    expect(text).toContain('# TYPE pobyt_process_resident_memory_bytes gauge');
    const m = samples(text);

    expect(m.get('pobyt_bookings_total{result="booked"}')).toBe(booked + 1);
    expect(m.get('pobyt_bookings_total{result="refused"}')).toBe(refused + 1);
    expect(m.get('pobyt_booking_refusals_total{reason="slot_past"}')).toBe(past + 1);
    expect(m.get('pobyt_bookings_total{result="failed"}')).toBeGreaterThanOrEqual(0);

    expect(m.get('pobyt_notification_backlog{channel="email"}')).toBe(2);
    expect(m.get('pobyt_notification_backlog{channel="sms"}')).toBe(0);
    expect(m.get('pobyt_notification_retrying{channel="email"}')).toBe(1);
    expect(m.get('pobyt_notification_failed{channel="sms"}')).toBe(1);
    expect(m.get('pobyt_notification_failed{channel="email"}')).toBe(0);
    const age = m.get('pobyt_notification_oldest_pending_age_seconds')!;
    expect(age).toBeGreaterThanOrEqual(600);
    expect(age).toBeLessThan(900);

    expect(m.get('pobyt_queue_waiting{location="wroclaw"}')).toBe(2);
    expect(m.get('pobyt_queue_waiting{location="legnica"}')).toBe(0);

    expect(m.get('pobyt_db_up')).toBe(1);
    expect(m.get('pobyt_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    if (name === 'postgres') {
      expect(m.get('pobyt_db_pool_max')).toBe(10);
      expect(m.has('pobyt_db_pool_connections{state="idle"}')).toBe(true);
      expect(m.get('pobyt_db_pool_connections{state="waiting"}')).toBe(0);
    } else {
      expect(m.get('pobyt_db_pool_max')).toBe(1);
    }
    // Nothing personal is a label or a value.
    expect(text).not.toMatch(/metrics@example\.com|KOVALENKO|FA10000/);
  });
});

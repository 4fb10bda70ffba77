/**
 * Booking throughput: the full HTTP stack (session cookie, proof of work,
 * rate limits, the booking transaction with its audit row and notice) against
 * the bare database work of a booking (the slot UPDATE and the reservation
 * INSERT in one transaction) done straight through `pg`, on the same
 * PostgreSQL server, in the same run.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { Agent, request } from 'undici';
import { Client, Pool } from 'pg';
import type { Db } from '@/db/client';
import { locations, users, visitServices, visitSlots } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { solveChallenge, type Challenge } from '@/lib/security/pow-solver';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export type Throughput = { bookings: number; errors: number; seconds: number; perSecond: number; p50: number; p95: number; connections: number; firstErrors: string[] };

function summarise(latencies: number[], errors: string[], seconds: number, connections: number): Throughput {
  latencies.sort((a, b) => a - b);
  return {
    bookings: latencies.length,
    errors: errors.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    connections,
    firstErrors: [...new Set(errors)].slice(0, 5),
  };
}

/** A fresh database on the server at `adminUrl`, dropped by `drop()`. */
export async function createThrowAwayDatabase(adminUrl: string) {
  const name = `pobyt_bench_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = new Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export type BookingFixture = {
  accounts: { email: string; password: string; id: string }[];
  serviceId: number;
  /** Slot ids per phase, each a set of released future slots of equal shape. */
  slots: { warmUp: number[]; http: number[]; raw: number[] };
};

/**
 * Applicant accounts (one password hash shared: hashing is not what is
 * measured) and three sets of released slots two years ahead, far from the
 * seeded ones, each with capacity for every booking of its phase.
 */
export async function prepareBookingFixture(db: Db, opts: { accounts: number; bookings: number; slots: number; warmUp: number }): Promise<BookingFixture> {
  const password = 'Bench-Booking-2026!';
  const hash = await hashPassword(password);
  const rows = await db
    .insert(users)
    .values(
      Array.from({ length: opts.accounts }, (_, i) => ({
        email: `bench-${i}@pobyt.test`,
        passwordHash: hash,
        role: 'applicant' as const,
        emailVerifiedAt: new Date(),
        termsAcceptedAt: new Date(),
        passwordChangedAt: new Date(),
      })),
    )
    .returning({ id: users.id, email: users.email });
  const [loc] = await db.select({ id: locations.id }).from(locations).where(eq(locations.slug, 'wroclaw'));
  const [service] = await db.select({ id: visitServices.id }).from(visitServices).where(eq(visitServices.slug, 'fingerprints'));
  if (!loc || !service) throw new Error('the seed has no Wrocław fingerprints service');
  const capacity = Math.ceil(opts.bookings / opts.slots);
  const released = new Date(Date.now() - 86_400_000);
  const base = Date.UTC(new Date().getUTCFullYear() + 2, 0, 4, 8); // a weekday morning two years ahead
  const makeSlots = async (offsetMinutes: number, count: number, cap: number) => {
    const ids: number[] = [];
    for (let i = 0; i < count; i += 1000) {
      const chunk = Array.from({ length: Math.min(1000, count - i) }, (_, j) => ({
        locationId: loc.id,
        serviceId: service.id,
        startsAt: new Date(base + (offsetMinutes + (i + j) * 15) * 60_000),
        capacity: cap,
        releasedAt: released,
      }));
      ids.push(...(await db.insert(visitSlots).values(chunk).returning({ id: visitSlots.id })).map((r) => r.id));
    }
    return ids;
  };
  const minutesPerSet = opts.slots * 15 + 60 * 24;
  return {
    accounts: rows.map((r) => ({ ...r, password })),
    serviceId: service.id,
    slots: {
      warmUp: await makeSlots(0, Math.max(1, Math.ceil(opts.warmUp / 4)), 4),
      http: await makeSlots(minutesPerSet, opts.slots, capacity),
      raw: await makeSlots(2 * minutesPerSet, opts.slots, capacity),
    },
  };
}

/** Everything the booked slots hold after a phase: places taken must equal the bookings that succeeded. */
export async function bookedPlaces(db: Db, slotIds: number[]): Promise<number> {
  let total = 0;
  for (let i = 0; i < slotIds.length; i += 1000) {
    const rows = await db.select({ booked: visitSlots.booked }).from(visitSlots).where(and(inArray(visitSlots.id, slotIds.slice(i, i + 1000))));
    total += rows.reduce((s, r) => s + r.booked, 0);
  }
  return total;
}

function setCookies(headers: Record<string, string | string[] | undefined>): string[] {
  const raw = headers['set-cookie'];
  return (Array.isArray(raw) ? raw : raw ? [raw] : []).map((c) => c.split(';')[0]!);
}

/** Signs in through next-auth's credentials flow over HTTP, as a browser would; returns the Cookie header. */
export async function signIn(base: string, agent: Agent, email: string, password: string, address: string): Promise<string> {
  const csrf = await request(`${base}/api/auth/csrf`, { dispatcher: agent, headers: { 'x-forwarded-for': address } });
  const { csrfToken } = (await csrf.body.json()) as { csrfToken: string };
  const jar = setCookies(csrf.headers);
  const res = await request(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; '), 'x-forwarded-for': address },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/pl/account`, json: 'true' }).toString(),
  });
  await res.body.dump();
  const session = setCookies(res.headers).find((c) => c.startsWith('next-auth.session-token=') || c.startsWith('__Secure-next-auth.session-token='));
  if (!session) throw new Error(`sign-in of ${email} failed with HTTP ${res.statusCode}`);
  return [...jar, session].join('; ');
}

const visitor = (n: number, prefix: string) => ({
  givenName: 'OLENA',
  familyName: 'KOVALENKO',
  birthDate: '1990-05-14',
  passportNumber: `${prefix}${String(n).padStart(8, '0')}`,
  minors: [],
});

/**
 * `clients` signed-in visitors book `total` visits as fast as they can, each
 * fetching a challenge, solving it and posting the booking; slots are taken
 * round-robin so the load spreads over all of them. Latency is the POST alone
 * (`p95`) and the whole cycle with the challenge (`cycleP95`).
 */
export async function httpBookings(base: string, clients: { cookie: string; address: string }[], slotIds: number[], total: number, passportPrefix: string): Promise<Throughput & { cycleP95: number }> {
  const agent = new Agent({ connections: clients.length, pipelining: 1, keepAliveTimeout: 30_000 });
  const latencies: number[] = [];
  const cycles: number[] = [];
  const errors: string[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      for (let k = next++; k < total; k = next++) {
        const c0 = performance.now();
        try {
          const pow = await request(`${base}/api/pow?for=booking`, { dispatcher: agent, headers: { 'x-forwarded-for': client.address } });
          const challenge = (await pow.body.json()) as Challenge;
          const proof = await solveChallenge(challenge);
          if (!proof) throw new Error('challenge not solvable');
          const t0 = performance.now();
          const res = await request(`${base}/api/reservations`, {
            method: 'POST',
            dispatcher: agent,
            headers: { 'content-type': 'application/json', cookie: client.cookie, 'x-forwarded-for': client.address },
            body: JSON.stringify({ slotId: slotIds[k % slotIds.length], ...visitor(k, passportPrefix), proof }),
          });
          const body = (await res.body.json()) as { ok: boolean; formError?: string; fieldErrors?: object };
          const t1 = performance.now();
          if (res.statusCode === 201 && body.ok) {
            latencies.push(t1 - t0);
            cycles.push(t1 - c0);
          } else errors.push(`HTTP ${res.statusCode} ${body.formError ?? JSON.stringify(body.fieldErrors)}`);
        } catch (e) {
          errors.push(e instanceof Error ? e.message : String(e));
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  await agent.close();
  cycles.sort((a, b) => a - b);
  return { ...summarise(latencies, errors, seconds, clients.length), cycleP95: percentile(cycles, 95) };
}

/**
 * The same bookings as bare SQL: per booking one transaction with the
 * conditional slot UPDATE (capacity, release, future, exactly as the app's)
 * and the reservation INSERT; `connections` workers, one pooled connection each.
 */
export async function rawBookings(url: string, connections: number, slotIds: number[], total: number, ownerIds: string[], passportPrefix: string): Promise<Throughput> {
  const pool = new Pool({ connectionString: url, max: connections });
  const latencies: number[] = [];
  const errors: string[] = [];
  let next = 0;
  // Open every connection first, so that connecting is not measured.
  const opened = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
  opened.forEach((c) => c.release());
  const start = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await pool.connect();
      try {
        for (let k = next++; k < total; k = next++) {
          const t0 = performance.now();
          const v = visitor(k, passportPrefix);
          try {
            await client.query('begin');
            const slot = await client.query<{ service_id: number }>(
              'update visit_slots set booked = booked + 1 where id = $1 and booked < capacity and released_at <= now() and starts_at > now() returning service_id',
              [slotIds[k % slotIds.length]],
            );
            if (!slot.rowCount) throw new Error('slot_taken');
            await client.query(
              `insert into reservations (code, slot_id, service_id, owner_id, given_name, family_name, birth_date, passport_number, minors, locale, email)
               values ($1, $2, $3, $4, $5, $6, $7, $8, '[]'::jsonb, 'pl', $9) returning id`,
              [`R-${randomBytes(4).toString('hex').toUpperCase()}`, slotIds[k % slotIds.length], slot.rows[0]!.service_id, ownerIds[k % ownerIds.length], v.givenName, v.familyName, v.birthDate, v.passportNumber, `bench-${k % ownerIds.length}@pobyt.test`],
            );
            await client.query('commit');
            latencies.push(performance.now() - t0);
          } catch (e) {
            await client.query('rollback').catch(() => {});
            errors.push(e instanceof Error ? e.message : String(e));
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  await pool.end();
  return summarise(latencies, errors, seconds, connections);
}

/** How many more connections the server accepts now (its limit, less reserved and open ones). */
export async function freeConnections(url: string): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query<{ max: string; reserved: string; used: string }>(
    "select current_setting('max_connections') as max, current_setting('superuser_reserved_connections') as reserved, (select count(*) from pg_stat_activity)::text as used",
  );
  await c.end();
  const r = rows[0]!;
  return Number(r.max) - Number(r.reserved) - Number(r.used);
}

/**
 * `npm run bench`: measures the production build on this machine.
 *
 * Pages: it seeds a throw-away embedded database, starts `next start`, and
 * loads pages that are served from the cache next to one that queries the
 * database per request.
 *
 * Booking: on a throw-away PostgreSQL database (migrated and seeded) it starts
 * `next start` again, signs many applicants in over HTTP, and lets 100
 * concurrent clients book visits through the whole stack; then it does the
 * same number of bare bookings (slot UPDATE + reservation INSERT) straight
 * through `pg`, and prints the ratio. Last, it times one service's month
 * calendar on that database after adding a year of slot history.
 *
 * BENCH_PARTS=pages or BENCH_PARTS=booking runs one part only.
 */
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Agent } from 'undici';
import { openDb } from '@/db/client';
import { load, type LoadResult } from './http-load';
import { bookedPlaces, createThrowAwayDatabase, freeConnections, httpBookings, prepareBookingFixture, rawBookings, signIn, type Throughput } from './booking';
import { addSlotHistory, benchMonthCalendar, slotCount } from './calendar';
import { addDays, warsawDate } from '@/lib/calendar/dates';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PARTS = (process.env.BENCH_PARTS ?? 'pages,booking').split(',');
const DIST = process.env.NEXT_DIST_DIR || '.next';
const env = { ...process.env, DATA_DIR: '.data/bench', PGLITE_DIR: '.data/bench/pglite', APP_URL: BASE, NODE_ENV: 'production' as const };

// Booking part: PostgreSQL server, number of bookings, concurrent clients and slots they spread over.
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 2000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const SLOTS = Number(process.env.BENCH_SLOTS ?? 500);
const WARM_UP = 40;

async function waitForServer(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

function row(name: string, r: LoadResult) {
  return `| ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.requests} | ${r.errors} |`;
}

async function pagesBench(): Promise<string[]> {
  fs.rmSync('.data/bench', { recursive: true, force: true });
  execSync('npm run db:seed', { stdio: 'inherit', env });
  const server: ChildProcess = spawn('node', ['server.mjs', '-p', String(PORT)], { env, stdio: 'ignore' });
  try {
    await waitForServer(`${BASE}/pl`);
    const targets: [string, string][] = [
      ['home page (cached data)', '/pl'],
      ['service card (cached data)', '/pl/services/permanent-residence'],
      ['search page (database query per request)', '/pl/search?q=pobyt%20sta%C5%82y'],
    ];
    const results: [string, LoadResult][] = [];
    for (const [name, path] of targets) {
      await load(`${BASE}${path}`, 5, 2); // warm-up: fills the cache and JIT
      results.push([name, await load(`${BASE}${path}`, CONNECTIONS, SECONDS)]);
    }
    const lines = [
      `Public pages, ${CONNECTIONS} concurrent connections, ${SECONDS} s each (latency in ms):`,
      '',
      '| page | req/s | p50 | p95 | p99 | requests | errors |',
      '|---|---|---|---|---|---|---|',
      ...results.map(([n, r]) => row(n, r)),
      '',
      `Cached service card vs per-request database page: ${(results[1]![1].rps / results[2]![1].rps).toFixed(1)}× the throughput.`,
    ];
    return lines;
  } finally {
    await stop(server);
  }
}

/** Stops a server this script started and waits until its port is free again. */
function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!, i);
  }));
  return out;
}

const ms = (n: number) => n.toFixed(1);
const throughputRow = (name: string, r: Throughput, extra = '') =>
  `| ${name} | ${r.connections} | ${r.perSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${extra} | ${r.bookings} | ${r.errors} | ${r.seconds.toFixed(1)} |`;

async function bookingBench(): Promise<string[]> {
  const database = await createThrowAwayDatabase(PG_ADMIN_URL);
  const bookingEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    DATA_DIR: '.data/bench-pg',
    APP_URL: BASE,
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    NODE_ENV: 'production' as const,
    // A cheap challenge and no hourly limits: the bench measures the booking path, not these defences' cost to a bot.
    POW_MAX_NUMBER: '100',
    BOOKING_LIMIT_PER_ACCOUNT: '1000000',
    BOOKING_LIMIT_PER_ADDRESS: '1000000',
    // The bench stands in for the office's reverse proxy: each client's address comes in X-Forwarded-For.
    TRUSTED_PROXIES: '1',
    // Sending the confirmations (PDF, .ics) is the outbox worker's job, measured by the PDF bench, not here.
    NOTIFICATION_WORKER: 'off' as const,
  };
  try {
    execSync('npm run db:seed', { stdio: 'inherit', env: bookingEnv });
    const handle = await openDb({ url: database.url });
    try {
      const fixture = await prepareBookingFixture(handle.db, { accounts: CLIENTS, bookings: BOOKINGS, slots: SLOTS, warmUp: WARM_UP });
      let stderr = '';
      const server: ChildProcess = spawn('node', ['server.mjs', '-p', String(PORT)], { env: bookingEnv, stdio: ['ignore', 'ignore', 'pipe'] });
      server.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
      let http: Awaited<ReturnType<typeof httpBookings>>;
      try {
        await waitForServer(`${BASE}/pl`);
        // Each client has its own account and its own address (as behind a proxy that appends it).
        const agent = new Agent({ connections: 10 });
        const clients = await mapLimited(fixture.accounts, 10, async (a, i) => {
          const address = `10.77.${i >> 8}.${i & 255}`;
          return { cookie: await signIn(BASE, agent, a.email, a.password, address), address };
        });
        await agent.close();
        await httpBookings(BASE, clients.slice(0, 10), fixture.slots.warmUp, WARM_UP, 'BW');
        http = await httpBookings(BASE, clients, fixture.slots.http, BOOKINGS, 'BH');
      } catch (e) {
        if (stderr) console.error(`next start said:\n${stderr}`);
        throw e;
      } finally {
        await stop(server);
      }
      if (http.errors) console.error(`HTTP booking errors: ${http.firstErrors.join('; ')}\n${stderr}`);
      const httpPlaces = await bookedPlaces(handle.db, fixture.slots.http);

      // Leave room for other users of the server; the pool never exceeds what it accepts.
      const rawConnections = Math.max(1, Math.min(CLIENTS, (await freeConnections(PG_ADMIN_URL)) - 5));
      const raw = await rawBookings(database.url, rawConnections, fixture.slots.raw, BOOKINGS, fixture.accounts.map((a) => a.id), 'BR');
      if (raw.errors) console.error(`raw booking errors: ${raw.firstErrors.join('; ')}`);
      const rawPlaces = await bookedPlaces(handle.db, fixture.slots.raw);

      const history = await addSlotHistory(handle.db, 52);
      const slots = await slotCount(handle.db);
      const thisMonth = warsawDate(new Date()).slice(0, 7);
      const nextMonth = addDays(`${thisMonth}-28`, 7).slice(0, 7);
      const calendars = [await benchMonthCalendar(handle.db, 'wroclaw', 'fingerprints', thisMonth), await benchMonthCalendar(handle.db, 'wroclaw', 'fingerprints', nextMonth)];

      return [
        `Booking a visit on PostgreSQL: ${BOOKINGS} bookings over ${SLOTS} slots (${Math.ceil(BOOKINGS / SLOTS)} places each), latency in ms:`,
        '',
        '| path | concurrent clients | bookings/s | p50 | p95 | p95 with challenge | booked | errors | seconds |',
        '|---|---|---|---|---|---|---|---|---|',
        throughputRow('HTTP: GET /api/pow, solve, POST /api/reservations (session, proof of work, limits, booking, audit, notice)', http, ms(http.cycleP95)),
        throughputRow('pg: slot UPDATE + reservation INSERT in one transaction', raw, '–'),
        '',
        `Raw SQL vs full HTTP stack: ${(raw.perSecond / http.perSecond).toFixed(1)}× the bookings per second (the app's pool has 10 connections, the raw pool ${rawConnections}).`,
        `Places taken in the slots: ${httpPlaces} after HTTP (${http.bookings} bookings answered 201), ${rawPlaces} after raw (${raw.bookings} committed).`,
        '',
        `Month calendar (availability.freeDays, Wrocław fingerprints) on ${slots} slots (${history} of them a year of history):`,
        ...calendars.map((c) => `- ${c.month}: median ${ms(c.median)} ms, max ${ms(c.max)} ms over ${c.runs} runs (${c.days} days with slots)`),
      ];
    } finally {
      await handle.close();
    }
  } finally {
    await database.drop();
  }
}

async function main() {
  if (!fs.existsSync(`${DIST}/BUILD_ID`)) execSync('npx next build', { stdio: 'inherit' });
  const lines: string[] = [];
  if (PARTS.includes('pages')) lines.push(...(await pagesBench()), '');
  if (PARTS.includes('booking')) lines.push(...(await bookingBench()));
  console.log(lines.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

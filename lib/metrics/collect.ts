import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { Gauge } from 'prom-client';
import { getDbHandle, type DbHandle } from '@/db/client';
import { channelEnum, locations, notificationOutbox, queueTickets } from '@/db/schema';
import { warsawDate } from '@/lib/calendar/dates';
import { log } from '@/lib/log';
import { BOOKING_REFUSALS_TOTAL, BOOKINGS_TOTAL, initBookingMetrics } from './bookings';
import { HTTP_REQUEST_DURATION, httpRequestDuration, metric, metricsRegistry } from './registry.mjs';

const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
  metric(name, (registry) => new Gauge<L>({ name, help, labelNames, registers: [registry] }));

const gauges = () => ({
  backlog: gauge('pobyt_notification_backlog', 'Notices in the outbox not yet delivered (pending or being sent), by channel', ['channel']),
  oldest: gauge('pobyt_notification_oldest_pending_age_seconds', 'Age of the oldest notice not yet delivered; 0 when none waits'),
  retrying: gauge('pobyt_notification_retrying', 'Notices waiting for another attempt after a failed delivery, by channel', ['channel']),
  failed: gauge('pobyt_notification_failed', 'Notices given up on (failed, until staff send them again or retention blanks them), by channel', ['channel']),
  queueWaiting: gauge('pobyt_queue_waiting', "Today's tickets waiting to be called, by location", ['location']),
  pool: gauge('pobyt_db_pool_connections', 'Database connections: total open, idle, and requests waiting for one (PostgreSQL pool; PGlite has one connection)', ['state']),
  poolMax: gauge('pobyt_db_pool_max', 'Most connections the pool may open'),
  dbUp: gauge('pobyt_db_up', '1 when the scrape could read the database, else 0'),
});

/** The names an operator can alert on; the README lists the same. Node's own `pobyt_process_*`/`pobyt_nodejs_*` come besides. */
export const METRIC_NAMES = [
  HTTP_REQUEST_DURATION,
  BOOKINGS_TOTAL,
  BOOKING_REFUSALS_TOTAL,
  'pobyt_notification_backlog',
  'pobyt_notification_oldest_pending_age_seconds',
  'pobyt_notification_retrying',
  'pobyt_notification_failed',
  'pobyt_queue_waiting',
  'pobyt_db_pool_connections',
  'pobyt_db_pool_max',
  'pobyt_db_up',
] as const;

async function readDatabase(handle: DbHandle, g: ReturnType<typeof gauges>, now: Date) {
  const db = handle.db;
  // Only the statuses the outbox index leads with: sent rows (most of the table) are not read.
  const outbox = await db
    .select({
      channel: notificationOutbox.channel,
      status: notificationOutbox.status,
      count: sql<number>`count(*)::int`,
      retrying: sql<number>`(count(*) filter (where ${notificationOutbox.attempts} > 0))::int`,
      oldest: sql<Date | string | null>`min(${notificationOutbox.createdAt})`,
    })
    .from(notificationOutbox)
    .where(inArray(notificationOutbox.status, ['pending', 'sending', 'failed']))
    .groupBy(notificationOutbox.channel, notificationOutbox.status);
  const waiting = await db
    .select({ location: locations.slug, count: sql<number>`count(${queueTickets.id})::int` })
    .from(locations)
    .leftJoin(queueTickets, and(eq(queueTickets.locationId, locations.id), eq(queueTickets.day, warsawDate(now)), eq(queueTickets.status, 'waiting')))
    .groupBy(locations.slug);

  // Every channel has a series, also at zero, so an alert's expression never sees "no data".
  for (const channel of channelEnum.enumValues) {
    g.backlog.set({ channel }, 0);
    g.retrying.set({ channel }, 0);
    g.failed.set({ channel }, 0);
  }
  let oldest: number | null = null;
  for (const row of outbox) {
    if (row.status === 'failed') {
      g.failed.inc({ channel: row.channel }, Number(row.count));
      continue;
    }
    g.backlog.inc({ channel: row.channel }, Number(row.count));
    g.retrying.inc({ channel: row.channel }, Number(row.retrying));
    // PGlite and node-postgres return an aggregate's timestamptz differently (Date or string).
    const at = row.oldest === null ? null : new Date(row.oldest).getTime();
    if (at !== null && (oldest === null || at < oldest)) oldest = at;
  }
  g.oldest.set(oldest === null ? 0 : Math.max(0, (now.getTime() - oldest) / 1000));
  for (const row of waiting) g.queueWaiting.set({ location: row.location }, Number(row.count));
}

function readPool(handle: DbHandle, g: ReturnType<typeof gauges>) {
  if (handle.pool) {
    g.pool.set({ state: 'total' }, handle.pool.totalCount);
    g.pool.set({ state: 'idle' }, handle.pool.idleCount);
    g.pool.set({ state: 'waiting' }, handle.pool.waitingCount);
    g.poolMax.set(handle.pool.options.max ?? 10);
  } else {
    // PGlite runs in this process on one connection and queues queries itself (not observable).
    g.pool.set({ state: 'total' }, 1);
    g.poolMax.set(1);
  }
}

/**
 * The exposition text: the counters and histograms kept in memory, and the
 * outbox, queue and pool read now. A database that cannot be read gives
 * pobyt_db_up 0 and no outbox or queue values, not a failed scrape.
 */
export async function metricsText(now: Date = new Date()): Promise<{ contentType: string; body: string }> {
  const started = performance.now();
  const g = gauges();
  for (const x of Object.values(g)) x.reset();
  try {
    const handle = await getDbHandle();
    readPool(handle, g);
    await readDatabase(handle, g, now);
    g.dbUp.set(1);
  } catch (e) {
    // Nothing half-read: a series is either this scrape's value or absent.
    for (const x of [g.backlog, g.oldest, g.retrying, g.failed, g.queueWaiting]) x.reset();
    g.dbUp.set(0);
    log.warn('Metrics: could not read the database', e);
  }
  // Present from the start (at zero), so that a rate or an alert has a series before the first booking.
  initBookingMetrics();
  httpRequestDuration();
  const registry = metricsRegistry();
  const body = await registry.metrics();
  log.debug('Metrics scraped', { durationMs: Math.round(performance.now() - started) });
  return { contentType: registry.contentType, body };
}

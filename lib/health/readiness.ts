import fs from 'node:fs';
import path from 'node:path';
import { and, count, eq, lte, min, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { migrationsFolder } from '@/db/client';
import { notificationOutbox } from '@/db/schema';

export type ReadinessCheck = { ok: boolean };
export type Readiness = {
  ready: boolean;
  database: ReadinessCheck;
  migrations: ReadinessCheck & { applied?: number; expected: number };
  notifications: ReadinessCheck & { due?: number; oldestDueSeconds?: number; maxSeconds: number };
};

/** The newest migration this build ships: drizzle stores each applied one with its journal time (`when`) as created_at. */
// Read once: the build's migrations do not change while it runs, and load balancers ask every few seconds.
let shipped: { count: number; newest: number } | undefined;
export function shippedMigrations(): { count: number; newest: number } {
  if (shipped) return shipped;
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  shipped = { count: journal.entries.length, newest: Math.max(...journal.entries.map((e) => e.when)) };
  return shipped;
}

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

/**
 * Whether this instance should get traffic: the database answers, its schema
 * is the one this build expects (an instance started before a migration, or a
 * database not yet migrated, must not serve), and due notices are being sent
 * (a due notice older than `maxBacklogSeconds` means no worker is delivering).
 * Notices waiting for their retry or their hold are not due and do not count.
 */
export async function checkReadiness(db: Db, opts: { now?: Date; maxBacklogSeconds: number; timeoutMs?: number }): Promise<Readiness> {
  const now = opts.now ?? new Date();
  const timeoutMs = opts.timeoutMs ?? 2000;
  const shipped = shippedMigrations();
  const result: Readiness = {
    ready: false,
    database: { ok: false },
    migrations: { ok: false, expected: shipped.count },
    notifications: { ok: false, maxSeconds: opts.maxBacklogSeconds },
  };
  try {
    await withTimeout(db.execute(sql`select 1`), timeoutMs);
    result.database.ok = true;
  } catch {
    return result;
  }
  try {
    const { rows } = await withTimeout(db.execute<{ applied: string; newest: string | null }>(sql`select count(*) as applied, max(created_at) as newest from drizzle.__drizzle_migrations`), timeoutMs);
    const row = rows[0]!;
    result.migrations.applied = Number(row.applied);
    result.migrations.ok = row.newest !== null && Number(row.newest) >= shipped.newest;
  } catch {
    // No migrations table: the database was never migrated.
  }
  try {
    const [due] = await withTimeout(
      db
        .select({ due: count(), oldest: min(notificationOutbox.nextAttemptAt) })
        .from(notificationOutbox)
        .where(and(eq(notificationOutbox.status, 'pending'), lte(notificationOutbox.nextAttemptAt, now))),
      timeoutMs,
    );
    const oldest = due?.oldest ? new Date(due.oldest) : null;
    result.notifications.due = Number(due?.due ?? 0);
    result.notifications.oldestDueSeconds = oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : 0;
    result.notifications.ok = result.notifications.oldestDueSeconds <= opts.maxBacklogSeconds;
  } catch {
    // The outbox cannot be read: not ready.
  }
  result.ready = result.database.ok && result.migrations.ok && result.notifications.ok;
  return result;
}

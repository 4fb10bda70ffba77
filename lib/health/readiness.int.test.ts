import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testDatabases } from '@/test/db';
import { notificationOutbox } from '@/db/schema';
import { checkReadiness, shippedMigrations } from './readiness';

const NOW = new Date('2026-12-04T10:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
const notice = (nextAttemptAt: Date, status: 'pending' | 'sent' | 'failed' = 'pending') =>
  ({ channel: 'email', recipient: 'a@example.com', locale: 'pl', kind: 'message', status, nextAttemptAt, createdAt: nextAttemptAt }) as const;

describe.each(testDatabases)('readiness ($name)', (factory) => {
  it('is ready on a migrated database with no notices due, and says what it checked', async () => {
    const h = await factory.open();
    try {
      const r = await checkReadiness(h.db, { now: NOW, maxBacklogSeconds: 600 });
      expect(r).toMatchObject({ ready: true, database: { ok: true }, migrations: { ok: true, applied: shippedMigrations().count }, notifications: { ok: true, due: 0 } });
    } finally {
      await h.close();
    }
  });

  it('is not ready when a due notice waits longer than the threshold; notices held or waiting for a retry do not count', async () => {
    const h = await factory.open();
    try {
      // Sent and failed ones, one held for later, and one due for five minutes: within a ten-minute threshold.
      await h.db.insert(notificationOutbox).values([notice(ago(7200), 'sent'), notice(ago(7200), 'failed'), notice(new Date(NOW.getTime() + 3600_000)), notice(ago(300))]);
      expect((await checkReadiness(h.db, { now: NOW, maxBacklogSeconds: 600 })).notifications).toMatchObject({ ok: true, due: 1, oldestDueSeconds: 300 });
      // Due for twenty minutes: nobody is delivering.
      await h.db.insert(notificationOutbox).values(notice(ago(1200)));
      const r = await checkReadiness(h.db, { now: NOW, maxBacklogSeconds: 600 });
      expect(r.ready).toBe(false);
      expect(r.notifications).toMatchObject({ ok: false, due: 2, oldestDueSeconds: 1200 });
      expect(r.database.ok && r.migrations.ok).toBe(true);
    } finally {
      await h.close();
    }
  });

  it('is not ready when the database lacks the newest migration this build ships', async () => {
    const h = await factory.open();
    try {
      await h.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
      const r = await checkReadiness(h.db, { now: NOW, maxBacklogSeconds: 600 });
      expect(r.ready).toBe(false);
      expect(r.migrations).toMatchObject({ ok: false, applied: shippedMigrations().count - 1, expected: shippedMigrations().count });
    } finally {
      await h.close();
    }
  });

  it('is not ready when the database does not answer', async () => {
    const h = await factory.open();
    await h.close();
    const r = await checkReadiness(h.db, { now: NOW, maxBacklogSeconds: 600, timeoutMs: 500 });
    expect(r).toMatchObject({ ready: false, database: { ok: false } });
  });
});

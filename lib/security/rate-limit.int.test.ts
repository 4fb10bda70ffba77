import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { releaseAttempt, reserveAttempt, reserveAttempts, type Limit } from './rate-limit';

const FIVE: Limit = { max: 5, windowSeconds: 900, lockSeconds: 900 };

describe.each(testDatabases)('reserving attempts on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => h?.close());

  it('lets exactly the maximum through when 50 arrive at once, and locks after them', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => reserveAttempt(h.db, 'test:parallel', FIVE)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    // The fifth allowed attempt says it set the lock; the refused ones say until when.
    expect(results.filter((r) => r.ok && r.lockedUntil)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && (refused.until.getTime() - Date.now()) / 60_000).toBeGreaterThan(14);
    expect((await reserveAttempt(h.db, 'test:parallel', FIVE)).ok).toBe(false);
  });

  it('starts afresh when the lock has ended', async () => {
    await h.db.update(rateLimits).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(rateLimits.key, 'test:parallel'));
    expect(await reserveAttempt(h.db, 'test:parallel', FIVE)).toEqual({ ok: true, lockedUntil: null });
    const [row] = await h.db.select().from(rateLimits).where(eq(rateLimits.key, 'test:parallel'));
    expect(row).toMatchObject({ count: 1, lockedUntil: null });
  });

  it('gives back an attempt that did not count, lifting the lock it set', async () => {
    for (let i = 0; i < 4; i++) await reserveAttempt(h.db, 'test:release', FIVE);
    const fifth = await reserveAttempt(h.db, 'test:release', FIVE);
    expect(fifth.ok && fifth.lockedUntil).toBeTruthy();
    await releaseAttempt(h.db, 'test:release', FIVE);
    expect((await reserveAttempt(h.db, 'test:release', FIVE)).ok).toBe(true);
  });

  it('refuses on any key, giving back what the other keys had reserved', async () => {
    const one: Limit = { max: 1, windowSeconds: 60, lockSeconds: 60 };
    expect((await reserveAttempt(h.db, 'test:b', one)).ok).toBe(true);
    expect((await reserveAttempts(h.db, [['test:a', FIVE], ['test:b', one]])).ok).toBe(false);
    const [a] = await h.db.select().from(rateLimits).where(eq(rateLimits.key, 'test:a'));
    expect(a?.count).toBe(0);
  });
});

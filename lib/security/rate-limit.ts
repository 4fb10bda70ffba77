import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { rateLimits } from '@/db/schema';

export type Limit = { max: number; windowSeconds: number; lockSeconds: number };

/** 5 failures in 15 minutes lock for 15 minutes. */
export const SIGN_IN_LIMIT: Limit = { max: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

/** The time until which `key` is locked, or null. */
export async function lockedUntil(db: DbOrTx, key: string): Promise<Date | null> {
  const [row] = await db
    .select({ lockedUntil: rateLimits.lockedUntil })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.lockedUntil, sql`now()`)));
  return row?.lockedUntil ?? null;
}

/**
 * Counts one event against `key` in a single atomic statement (safe with many
 * instances) and returns the lock end if this event reached the limit.
 */
export async function recordHit(db: DbOrTx, key: string, limit: Limit): Promise<Date | null> {
  const window = sql`make_interval(secs => ${limit.windowSeconds})`;
  const lock = sql`make_interval(secs => ${limit.lockSeconds})`;
  const expired = sql`${rateLimits.windowStart} <= now() - ${window}`;
  const nextCount = sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`;
  const [row] = await db
    .insert(rateLimits)
    .values({
      key,
      count: 1,
      windowStart: sql`now()`,
      lockedUntil: limit.max <= 1 ? sql`now() + ${lock}` : null,
    })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: nextCount,
        windowStart: sql`case when ${expired} then now() else ${rateLimits.windowStart} end`,
        lockedUntil: sql`case when ${nextCount} >= ${limit.max} then now() + ${lock} else ${rateLimits.lockedUntil} end`,
      },
    })
    .returning({ lockedUntil: rateLimits.lockedUntil });
  const until = row?.lockedUntil ?? null;
  return until && until.getTime() > Date.now() ? until : null;
}

export async function clearHits(db: DbOrTx, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { rateLimits } from '@/db/schema';

export type Limit = { max: number; windowSeconds: number; lockSeconds: number };

/** Per account (or case): 5 failures in 15 minutes lock for 15 minutes. */
export const SIGN_IN_LIMIT: Limit = { max: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };
/**
 * Per client address: 20 failures in 15 minutes. Higher than per account, since
 * one address may be a whole office, school or mobile carrier behind NAT; still
 * far too few for password spraying across accounts.
 */
export const SIGN_IN_ADDRESS_LIMIT: Limit = { max: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

/** The time until which `key` is locked, or null. */
export async function lockedUntil(db: DbOrTx, key: string): Promise<Date | null> {
  const [row] = await db
    .select({ lockedUntil: rateLimits.lockedUntil })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.lockedUntil, sql`now()`)));
  return row?.lockedUntil ?? null;
}

/** Refused, or allowed; `lockedUntil` is set when this allowed attempt was the last one before the lock. */
export type Reservation = { ok: true; lockedUntil: Date | null } | { ok: false; until: Date };

/**
 * Reserves one attempt against `key` BEFORE the costly or guarded work, in one
 * atomic statement (safe with parallel requests and many instances). The
 * `limit.max`-th attempt in the window still passes but locks the key for
 * `limit.lockSeconds`; while locked, attempts are refused.
 * Reading the lock, doing the work and counting afterwards would let N
 * parallel requests all pass.
 */
export async function reserveAttempt(db: DbOrTx, key: string, limit: Limit): Promise<Reservation> {
  const window = sql`make_interval(secs => ${limit.windowSeconds})`;
  const lock = sql`make_interval(secs => ${limit.lockSeconds})`;
  const lockedNow = sql`coalesce(${rateLimits.lockedUntil} > now(), false)`;
  // A window that ran out, or a lock that ended, starts counting afresh.
  const fresh = sql`(${rateLimits.windowStart} <= now() - ${window} or coalesce(${rateLimits.lockedUntil} <= now(), false))`;
  const nextCount = sql`case when ${fresh} then 1 else ${rateLimits.count} + 1 end`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStart: sql`now()`, lockedUntil: limit.max <= 1 ? sql`now() + ${lock}` : null })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        // Refused attempts count too, so that a count above the maximum means "refused".
        count: sql`case when ${lockedNow} then ${rateLimits.count} + 1 else ${nextCount} end`,
        windowStart: sql`case when ${lockedNow} or not ${fresh} then ${rateLimits.windowStart} else now() end`,
        lockedUntil: sql`case when ${lockedNow} then ${rateLimits.lockedUntil} when ${nextCount} >= ${limit.max} then now() + ${lock} else null end`,
      },
    })
    .returning({ count: rateLimits.count, lockedUntil: rateLimits.lockedUntil });
  const until = row?.lockedUntil ?? null;
  if (row && row.count > limit.max && until) return { ok: false, until };
  return { ok: true, lockedUntil: until && until.getTime() > Date.now() ? until : null };
}

/**
 * Gives back a reserved attempt that turned out not to count (a right
 * password, a refusal by another key); a lock that attempt set is lifted.
 */
export async function releaseAttempt(db: DbOrTx, key: string, limit: Limit): Promise<void> {
  await db
    .update(rateLimits)
    .set({
      count: sql`greatest(${rateLimits.count} - 1, 0)`,
      lockedUntil: sql`case when ${rateLimits.count} - 1 < ${limit.max} then null else ${rateLimits.lockedUntil} end`,
    })
    .where(eq(rateLimits.key, key));
}

/**
 * Reserves an attempt against every key, in order; when one refuses, the ones
 * already reserved are given back and the refusal is returned. When allowed,
 * `lockedUntil` is the first lock these attempts set.
 */
export async function reserveAttempts(db: DbOrTx, entries: readonly (readonly [key: string, limit: Limit])[]): Promise<Reservation> {
  const taken: (readonly [string, Limit])[] = [];
  let lockedUntil: Date | null = null;
  for (const entry of entries) {
    const r = await reserveAttempt(db, entry[0], entry[1]);
    if (!r.ok) {
      for (const [k, l] of taken) await releaseAttempt(db, k, l);
      return r;
    }
    lockedUntil ??= r.lockedUntil;
    taken.push(entry);
  }
  return { ok: true, lockedUntil };
}

export async function clearHits(db: DbOrTx, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

import 'server-only';
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { powSpent } from '@/db/schema';
import { authSecret } from '@/lib/auth/secret';
import { config } from '@/lib/config';
import type { Challenge, Solution } from './pow-solver';

/** Up to this many hashes for the browser (about a second on a phone); POW_MAX_NUMBER lowers it for load tests. */
const maxNumber = () => config().POW_MAX_NUMBER;
const VALID_SECONDS = 10 * 60;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sign = (challenge: string) => createHmac('sha256', `${authSecret()}:pow`).update(challenge).digest('hex');

/** What a solution may be spent on: one solved for an enquiry cannot pay for a booking. */
export const POW_ACTIONS = ['booking', 'enquiry', 'account'] as const;
export type PowAction = (typeof POW_ACTIONS)[number];
export const isPowAction = (v: unknown): v is PowAction => POW_ACTIONS.includes(v as PowAction);

export function createChallenge(action: PowAction, now = Date.now()): Challenge {
  const expires = Math.floor(now / 1000) + VALID_SECONDS;
  // The salt is hashed into the signed challenge, so its action and expiry cannot be changed.
  const salt = `${randomBytes(12).toString('hex')}?expires=${expires}&action=${action}&`;
  const max = maxNumber();
  const challenge = sha256(salt + randomInt(0, max + 1));
  return { algorithm: 'SHA-256', challenge, salt, signature: sign(challenge), maxnumber: max };
}

export type PowError = 'pow_invalid' | 'pow_expired' | 'pow_replayed';

function parse(payload: string): Solution | null {
  try {
    const s = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Solution;
    return typeof s.salt === 'string' && typeof s.challenge === 'string' && typeof s.signature === 'string' && Number.isInteger(s.number) ? s : null;
  } catch {
    return null;
  }
}

const sameHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Checks a solution for `action` without spending it. */
export function checkSolution(payload: string, action: PowAction, now = Date.now()): { ok: true; signature: string; expiresAt: Date } | { ok: false; error: PowError } {
  const s = parse(payload);
  if (!s || !/^[0-9a-f]{64}$/.test(s.signature) || !sameHex(sign(s.challenge), s.signature) || sha256(s.salt + s.number) !== s.challenge) {
    return { ok: false, error: 'pow_invalid' };
  }
  const expires = Number(/[?&]expires=(\d+)/.exec(s.salt)?.[1]);
  if (/[?&]action=([a-z]+)&/.exec(s.salt)?.[1] !== action) return { ok: false, error: 'pow_invalid' };
  if (!expires || expires * 1000 < now) return { ok: false, error: 'pow_expired' };
  return { ok: true, signature: s.signature, expiresAt: new Date(expires * 1000) };
}

/**
 * Verifies and spends a solution, in the caller's transaction: when the action
 * it guards fails and rolls back, the solution is not lost. A second use of the
 * same solution hits the primary key and is refused.
 */
export async function spendSolution(tx: DbOrTx, payload: string, action: PowAction): Promise<PowError | null> {
  const checked = checkSolution(payload, action);
  if (!checked.ok) return checked.error;
  const rows = await tx.insert(powSpent).values({ signature: checked.signature, expiresAt: checked.expiresAt }).onConflictDoNothing().returning({ s: powSpent.signature });
  return rows.length ? null : 'pow_replayed';
}

export async function purgeSpentSolutions(db: DbOrTx) {
  await db.delete(powSpent).where(lt(powSpent.expiresAt, sql`now()`));
}

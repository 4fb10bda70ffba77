import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { cases, users, type Role } from '@/db/schema';

/**
 * Absolute session lifetimes, counted from sign-in whatever the activity:
 * staff one working day plus overtime, applicants and case holders half a day.
 * The 8-hour idle lifetime of the token itself still applies within them.
 */
export const ABSOLUTE_LIFETIME_SECONDS = { staff: 10 * 3600, public: 12 * 3600 } as const;

const STAFF: readonly string[] = ['clerk', 'reception', 'admin'];

/** What a session token records at sign-in to be checked again later. */
export type SessionStamp = {
  uid?: string;
  role?: Role | 'case_holder';
  caseId?: string;
  /** Sign-in time, ms since the epoch. */
  authAt?: number;
  /** The account's session version at sign-in. */
  sv?: number;
  /** The case password's issue time at sign-in, ms since the epoch. */
  pwAt?: number;
};

type AccountState = { role: Role; disabled: boolean; sessionVersion: number };
type CaseState = { passwordIssuedAt: number };

// A per-process cache of at most 30 s: sessions end within 30 s on other instances, at once on this one.
const CACHE_MS = 30_000;
// On globalThis: Next bundles this module once per server layer (pages, route handlers, actions),
// and forgetSessionState called from an admin's action must clear the copy the jwt callback reads.
const globalForCache = globalThis as unknown as { pobytSessionCache?: Map<string, { at: number; value: AccountState | CaseState | null }> };
const cache = (globalForCache.pobytSessionCache ??= new Map());

async function cached<T extends AccountState | CaseState>(key: string, load: () => Promise<T | null>): Promise<T | null> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value as T | null;
  const value = await load();
  cache.set(key, { at: Date.now(), value });
  if (cache.size > 10_000) cache.delete(cache.keys().next().value!);
  return value;
}

/** Forget what this process knows about an account or case, so its next request reads the database. */
export function forgetSessionState(id: string): void {
  cache.delete(`user:${id}`);
  cache.delete(`case:${id}`);
}

const accountState = (db: DbOrTx, id: string) =>
  cached<AccountState>(`user:${id}`, async () => {
    const [u] = await db.select({ role: users.role, disabledAt: users.disabledAt, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, id));
    return u ? { role: u.role, disabled: u.disabledAt !== null, sessionVersion: u.sessionVersion } : null;
  });

const caseState = (db: DbOrTx, id: string) =>
  cached<CaseState>(`case:${id}`, async () => {
    const [c] = await db.select({ issued: cases.passwordIssuedAt }).from(cases).where(eq(cases.id, id));
    return c ? { passwordIssuedAt: c.issued.getTime() } : null;
  });

/** The stamp a new session gets at sign-in. */
export async function stampAtSignIn(db: DbOrTx, s: { uid: string; role: Role | 'case_holder'; caseId?: string }, now = Date.now()): Promise<SessionStamp> {
  if (s.role === 'case_holder' && s.caseId) {
    forgetSessionState(s.caseId);
    const c = await caseState(db, s.caseId);
    return { ...s, authAt: now, pwAt: c?.passwordIssuedAt };
  }
  forgetSessionState(s.uid);
  const a = await accountState(db, s.uid);
  return { ...s, authAt: now, sv: a?.sessionVersion };
}

/**
 * The stamp again, with the role as the database has it now; null when the
 * session has ended: account gone or disabled, session version raised, case
 * password reissued, or the absolute lifetime over.
 */
export async function recheckSession(db: DbOrTx, s: SessionStamp, now = Date.now()): Promise<SessionStamp | null> {
  if (!s.uid || !s.role || typeof s.authAt !== 'number') return null;
  const lifetime = STAFF.includes(s.role) ? ABSOLUTE_LIFETIME_SECONDS.staff : ABSOLUTE_LIFETIME_SECONDS.public;
  if (now - s.authAt > lifetime * 1000) return null;
  if (s.role === 'case_holder') {
    if (!s.caseId || typeof s.pwAt !== 'number') return null;
    const c = await caseState(db, s.caseId);
    return c && c.passwordIssuedAt <= s.pwAt ? s : null;
  }
  const a = await accountState(db, s.uid);
  if (!a || a.disabled || a.sessionVersion !== s.sv) return null;
  // A staff role that changed ends the session (sv was raised); anything else follows the database.
  return { ...s, role: a.role };
}

/** SQL for "end every session of this account", used wherever a password or role changes. */
export const nextSessionVersion = sql`${users.sessionVersion} + 1`;

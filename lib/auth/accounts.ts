import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { userIdentities, users, type Role, type User } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { enqueueAccountMail } from '@/lib/notifications/account-mail';
import { spendSolution } from '@/lib/security/pow';
import { writeAudit } from '@/lib/audit/audit';
import { hashPassword, isCommonPassword, needsRehash, verifyPassword } from './password';
import { consumeEmailToken, tokenUsable } from './tokens';
import { forgetSessionState, nextSessionVersion } from './session-state';
import { clearHits, releaseAttempt, reserveAttempt, reserveAttempts, SIGN_IN_ADDRESS_LIMIT, SIGN_IN_LIMIT, type Limit } from '@/lib/security/rate-limit';
import { isStaff, STAFF_ROLES, type Actor } from './actor';
import type { z } from 'zod';
import type { createStaffSchema, registerSchema } from './schemas';

import type { ActionResult as Result } from '@/lib/actions/result';

/** Registration, reset requests and verification resends per client address and hour: each costs a slow hash or a mail. */
export const ACCOUNT_REQUEST_LIMIT: Limit = { max: 10, windowSeconds: 3600, lockSeconds: 3600 };
// The owner of an address is told of attempts to register it again, but not flooded.
const ATTEMPT_MAIL_LIMIT: Limit = { max: 3, windowSeconds: 24 * 3600, lockSeconds: 24 * 3600 };

/** Who asks, for the guards of the public account endpoints. */
export type RequestContext = { clientAddress: string | null; pow?: string | null };

/**
 * The guard in front of every public endpoint that costs a slow hash or sends
 * a mail: an address limit reserved first, then a proof of work spent once.
 */
async function guardAccountRequest(db: Db, kind: 'register' | 'reset' | 'verify', ctx: RequestContext): Promise<string | null> {
  if (!(await reserveAttempt(db, `account:${kind}:${ctx.clientAddress ?? 'unknown'}`, ACCOUNT_REQUEST_LIMIT)).ok) return 'account_rate_limited';
  if (!ctx.pow) return 'pow_missing';
  return spendSolution(db, ctx.pow, 'account');
}

/**
 * Always answers "check your e-mail" alike: whether the address already has
 * an account is told only to its owner, by mail. The password is hashed either
 * way, so the answer's timing does not tell either.
 */
export async function registerAccount(
  db: Db,
  input: z.output<typeof registerSchema>,
  locale: Locale,
  ctx: RequestContext,
): Promise<Result> {
  if (isCommonPassword(input.password)) return { ok: false, fieldErrors: { password: 'password_common' } };
  const refused = await guardAccountRequest(db, 'register', ctx);
  if (refused) return { ok: false, formError: refused };
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        passwordHash,
        role: input.accountType,
        companyName: input.companyName ?? null,
        nip: input.nip ?? null,
        locale,
        termsAcceptedAt: sql`now()`,
        passwordChangedAt: sql`now()`,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (user) return enqueueAccountMail(tx, { kind: 'verify_email', userId: user.id, to: input.email, locale });
    const [owner] = await tx.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.email, input.email));
    if (owner && (await reserveAttempt(tx, `account:attempt-mail:${input.email}`, ATTEMPT_MAIL_LIMIT)).ok) {
      await enqueueAccountMail(tx, { kind: 'register_attempt', userId: owner.id, to: input.email, locale: owner.locale });
    }
  });
  return { ok: true };
}

export async function verifyEmail(db: Db, token: string): Promise<Result> {
  return db.transaction(async (tx) => {
    const used = await consumeEmailToken(tx, token, 'verify_email');
    if (!used.ok) return { ok: false, formError: used.code };
    await tx.update(users).set({ emailVerifiedAt: sql`now()` }).where(eq(users.id, used.userId));
    // Identities linked while the address was unproven (before this rule) are not the address owner's to keep.
    await tx.delete(userIdentities).where(and(eq(userIdentities.userId, used.userId), eq(userIdentities.linkedUnverified, true)));
    return { ok: true };
  });
}

/** "ok" whether or not the address has an account: the answer must not reveal it. */
export async function resendVerification(db: Db, email: string, ctx: RequestContext): Promise<Result> {
  const refused = await guardAccountRequest(db, 'verify', ctx);
  if (refused) return { ok: false, formError: refused };
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email), isNull(users.emailVerifiedAt)));
  if (user) await enqueueAccountMail(db, { kind: 'verify_email', userId: user.id, to: user.email, locale: user.locale });
  return { ok: true };
}

export async function requestPasswordReset(db: Db, email: string, ctx: RequestContext): Promise<Result> {
  const refused = await guardAccountRequest(db, 'reset', ctx);
  if (refused) return { ok: false, formError: refused };
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (user) await enqueueAccountMail(db, { kind: 'reset_password', userId: user.id, to: user.email, locale: user.locale });
  return { ok: true };
}

/** Setting a password through an e-mailed link also proves the address. */
export async function resetPassword(db: Db, token: string, password: string, clientAddress?: string | null): Promise<Result> {
  if (isCommonPassword(password)) return { ok: false, fieldErrors: { password: 'password_common' } };
  // A dead or made-up link costs no hash: the hash is the expensive part.
  if (!(await tokenUsable(db, token, 'reset_password'))) {
    const used = await consumeEmailToken(db, token, 'reset_password');
    return { ok: false, formError: used.ok ? 'token_invalid' : used.code };
  }
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const used = await consumeEmailToken(tx, token, 'reset_password');
    if (!used.ok) return { ok: false, formError: used.code };
    const [user] = await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, sessionVersion: nextSessionVersion, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, used.userId))
      .returning({ email: users.email, role: users.role });
    if (user) {
      await clearHits(tx, signInKeys(user.email).account);
      // The link proved the address: identities linked before it was proven are not trusted.
      await tx.delete(userIdentities).where(and(eq(userIdentities.userId, used.userId), eq(userIdentities.linkedUnverified, true)));
      await writeAudit(tx, { id: used.userId, role: user.role, email: user.email, clientAddress: clientAddress ?? null }, { action: 'account.password_reset', entityType: 'user', entityId: used.userId });
    }
    forgetSessionState(used.userId);
    return { ok: true };
  });
}

export async function changePassword(db: Db, actor: Actor, current: string, password: string): Promise<Result> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!user || !(await verifyPassword(current, user.passwordHash))) {
    return { ok: false, fieldErrors: { current: 'password_wrong' } };
  }
  if (isCommonPassword(password)) return { ok: false, fieldErrors: { password: 'password_common' } };
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: sql`now()`, sessionVersion: nextSessionVersion }).where(eq(users.id, actor.id));
    await writeAudit(tx, actor, { action: 'account.password_change', entityType: 'user', entityId: actor.id });
  });
  forgetSessionState(actor.id);
  return { ok: true };
}

export function signInKeys(email: string, clientAddress?: string | null) {
  return { account: `signin:account:${email}`, address: `signin:address:${clientAddress ?? 'unknown'}` };
}

export type SignInOutcome =
  | { ok: true; user: Pick<User, 'id' | 'email' | 'role' | 'locale' | 'displayName' | 'companyName'> }
  | { ok: false; code: 'invalid_credentials' | 'unverified' }
  | { ok: false; code: 'locked'; until: Date };

/**
 * Checks a password sign-in. Each attempt is reserved per account and per
 * client address before the password is hashed, so parallel guesses cannot
 * outrun the limit; a lock refuses even the right password until it ends.
 */
export async function authenticate(db: Db, email: string, password: string, clientAddress: string | null): Promise<SignInOutcome> {
  const keys = signInKeys(email, clientAddress);
  const reserved = await reserveAttempts(db, [
    [keys.account, SIGN_IN_LIMIT],
    [keys.address, SIGN_IN_ADDRESS_LIMIT],
  ]);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!reserved.ok) {
    await auditStaffSignIn(db, user, 'locked', clientAddress);
    return { ok: false, code: 'locked', until: reserved.until };
  }
  if (!(await verifyPassword(password, user?.passwordHash))) {
    // The fifth failure is told it locked the account, as the next attempt would be.
    await auditStaffSignIn(db, user, reserved.lockedUntil ? 'locked' : 'password', clientAddress);
    return reserved.lockedUntil ? { ok: false, code: 'locked', until: reserved.lockedUntil } : { ok: false, code: 'invalid_credentials' };
  }
  // A disabled account answers as a wrong password does: its state is the office's business.
  if (user!.disabledAt) {
    await auditStaffSignIn(db, user, 'disabled', clientAddress);
    return { ok: false, code: 'invalid_credentials' };
  }
  await clearHits(db, keys.account);
  await releaseAttempt(db, keys.address, SIGN_IN_ADDRESS_LIMIT);
  if (!user!.emailVerifiedAt) return { ok: false, code: 'unverified' };
  if (needsRehash(user!.passwordHash!)) await rehash(db, user!.id, user!.passwordHash!, password);
  const { id, role, locale, displayName, companyName } = user!;
  return { ok: true, user: { id, email: user!.email, role, locale, displayName, companyName } };
}

/** Staff sign-in failures are the auditor's business; applicants' are only counted. */
async function auditStaffSignIn(db: Db, user: User | undefined, reason: 'password' | 'locked' | 'disabled', clientAddress: string | null) {
  if (!user || !isStaff(user.role)) return;
  await writeAudit(db, null, { action: reason === 'locked' ? 'staff.sign_in_locked' : 'staff.sign_in_failed', entityType: 'user', entityId: user.id, after: { reason, clientAddress } });
}

/** An older, cheaper hash is replaced at the first sign-in that proves the password; a concurrent change wins. */
async function rehash(db: Db, userId: string, oldHash: string, password: string) {
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(password) })
    .where(and(eq(users.id, userId), eq(users.passwordHash, oldHash)));
}

export async function getAccount(db: Db, id: string) {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      displayName: users.displayName,
      companyName: users.companyName,
      nip: users.nip,
      locale: users.locale,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, id));
  return user ?? null;
}

export async function listStaff(db: Db) {
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role, createdAt: users.createdAt, emailVerifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(inArray(users.role, [...STAFF_ROLES] as Role[]))
    .orderBy(asc(users.email));
}

/** Staff never self-register: an admin creates the account and the person sets a password through an e-mailed link. */
export async function createStaffAccount(
  db: Db,
  admin: Actor,
  input: z.output<typeof createStaffSchema>,
  locale: Locale,
): Promise<Result<{ userId: string }>> {
  const created = await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, role: input.role, displayName: input.displayName, locale })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) return null;
    await writeAudit(tx, admin, {
      action: 'staff.create',
      entityType: 'user',
      entityId: user.id,
      after: { email: input.email, role: input.role, displayName: input.displayName },
    });
    // Through the outbox: the invitation arrives even if SMTP is down now; its link is made at delivery.
    await enqueueAccountMail(tx, { kind: 'staff_invite', userId: user.id, to: input.email, locale });
    return { id: user.id };
  });
  if (!created) return { ok: false, fieldErrors: { email: 'email_taken' } };
  return { ok: true, userId: created.id };
}

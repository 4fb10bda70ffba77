import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { userIdentities, users, type Role, type User } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { sendMail } from '@/lib/notifications/mailer';
import { writeAudit } from '@/lib/audit/audit';
import { hashPassword, isCommonPassword, needsRehash, verifyPassword } from './password';
import { consumeEmailToken, issueEmailToken } from './tokens';
import { forgetSessionState, nextSessionVersion } from './session-state';
import { accountLinkMail } from './emails';
import { clearHits, releaseAttempt, reserveAttempts, SIGN_IN_LIMIT } from '@/lib/security/rate-limit';
import { isStaff, STAFF_ROLES, type Actor } from './actor';
import type { z } from 'zod';
import type { createStaffSchema, registerSchema } from './schemas';
import { log } from '@/lib/log';

import type { ActionResult as Result } from '@/lib/actions/result';

async function deliver(mail: Parameters<typeof sendMail>[0]) {
  try {
    await sendMail(mail);
  } catch (e) {
    // The account is saved; the person can ask for the link again from the sign-in page.
    log.error('Could not send e-mail', e);
  }
}

export async function registerAccount(
  db: Db,
  input: z.output<typeof registerSchema>,
  locale: Locale,
): Promise<Result<{ userId: string }>> {
  if (isCommonPassword(input.password)) return { ok: false, fieldErrors: { password: 'password_common' } };
  const passwordHash = await hashPassword(input.password);
  const created = await db.transaction(async (tx) => {
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
    if (!user) return null;
    return { id: user.id, token: await issueEmailToken(tx, user.id, 'verify_email') };
  });
  if (!created) return { ok: false, fieldErrors: { email: 'email_taken' } };
  await deliver(accountLinkMail('verifyEmail', input.email, locale, created.token));
  return { ok: true, userId: created.id };
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

/** Always "ok": the answer must not reveal whether an address has an account. */
export async function resendVerification(db: Db, email: string): Promise<void> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email), isNull(users.emailVerifiedAt)));
  if (!user) return;
  const token = await issueEmailToken(db, user.id, 'verify_email');
  await deliver(accountLinkMail('verifyEmail', user.email, user.locale, token));
}

export async function requestPasswordReset(db: Db, email: string): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) return;
  const token = await issueEmailToken(db, user.id, 'reset_password');
  await deliver(accountLinkMail('resetPassword', user.email, user.locale, token));
}

/** Setting a password through an e-mailed link also proves the address. */
export async function resetPassword(db: Db, token: string, password: string, clientAddress?: string | null): Promise<Result> {
  if (isCommonPassword(password)) return { ok: false, fieldErrors: { password: 'password_common' } };
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
    [keys.address, SIGN_IN_LIMIT],
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
  await releaseAttempt(db, keys.address, SIGN_IN_LIMIT);
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
    // A week, because staff accounts are often created before the first working day.
    return { id: user.id, token: await issueEmailToken(tx, user.id, 'reset_password', 7 * 24 * 3600) };
  });
  if (!created) return { ok: false, fieldErrors: { email: 'email_taken' } };
  await deliver(accountLinkMail('staffInvite', input.email, locale, created.token));
  return { ok: true, userId: created.id };
}

import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { userIdentities, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import type { ActionResult } from '@/lib/actions/result';
import { releaseAttempt, reserveAttempts, SIGN_IN_ADDRESS_LIMIT, SIGN_IN_LIMIT } from '@/lib/security/rate-limit';
import type { Actor } from './actor';
import { signInKeys } from './accounts';
import { verifyPassword } from './password';

/** The external sign-ins linked to the caller's own account, for the account page. */
export async function listOwnIdentities(db: Db, actor: Actor) {
  return db
    .select({ id: userIdentities.id, issuer: userIdentities.issuer, createdAt: userIdentities.createdAt, lastSignInAt: userIdentities.lastSignInAt })
    .from(userIdentities)
    .where(eq(userIdentities.userId, actor.id))
    .orderBy(asc(userIdentities.createdAt));
}

/** Whether the account has a password, so the page knows whether to ask for it. */
export async function hasPassword(db: Db, actor: Actor): Promise<boolean> {
  const [u] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  return Boolean(u?.hash);
}

/**
 * Unlinks one of the caller's identities: with the account's password when it
 * has one (counted like a sign-in), otherwise only while another identity
 * remains, so the account never loses its last way in. Audited.
 */
export async function unlinkIdentity(db: Db, actor: Actor, identityId: string, password: string | undefined): Promise<ActionResult> {
  const [identity] = await db
    .select({ id: userIdentities.id, issuer: userIdentities.issuer, subject: userIdentities.subject })
    .from(userIdentities)
    .where(and(eq(userIdentities.id, identityId), eq(userIdentities.userId, actor.id)));
  if (!identity) return { ok: false, formError: 'not_found' };
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!user) return { ok: false, formError: 'not_found' };
  if (user.passwordHash) {
    if (!password) return { ok: false, fieldErrors: { password: 'required' } };
    const keys = signInKeys(user.email, actor.clientAddress);
    const reserved = await reserveAttempts(db, [
      [keys.account, SIGN_IN_LIMIT],
      [keys.address, SIGN_IN_ADDRESS_LIMIT],
    ]);
    if (!reserved.ok) return { ok: false, formError: 'account_locked' };
    if (!(await verifyPassword(password, user.passwordHash))) return { ok: false, fieldErrors: { password: 'password_wrong' } };
    await releaseAttempt(db, keys.account, SIGN_IN_LIMIT);
    await releaseAttempt(db, keys.address, SIGN_IN_ADDRESS_LIMIT);
  } else {
    const [others] = await db.select({ n: count() }).from(userIdentities).where(eq(userIdentities.userId, actor.id));
    if ((others?.n ?? 0) <= 1) return { ok: false, formError: 'identity_last_way' };
  }
  await db.transaction(async (tx) => {
    await tx.delete(userIdentities).where(and(eq(userIdentities.id, identity.id), eq(userIdentities.userId, actor.id)));
    await writeAudit(tx, actor, { action: 'account.oidc_unlink', entityType: 'user', entityId: actor.id, before: { issuer: identity.issuer, subject: identity.subject } });
  });
  return { ok: true };
}

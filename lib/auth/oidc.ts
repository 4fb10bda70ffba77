import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from '@/lib/zod';
import type { Db } from '@/db/client';
import { userIdentities, users, type Role } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { writeAudit } from '@/lib/audit/audit';
import { sendMail } from '@/lib/notifications/mailer';
import { clearHits, releaseAttempt, reserveAttempts, SIGN_IN_ADDRESS_LIMIT, SIGN_IN_LIMIT } from '@/lib/security/rate-limit';
import { isStaff, type Actor } from './actor';
import { signInKeys } from './accounts';
import { accountLinkMail } from './emails';
import { verifyPassword } from './password';
import { authSecret } from './secret';
import { openPendingSignup, sealPendingSignup } from './oidc-pending';
import { log } from '@/lib/log';

/** What the provider told us about the person, after next-auth checked the ID token. */
export type OidcIdentity = {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
};

export type OidcAccount = { id: string; email: string; role: Role; name: string | null };

/** An identity waiting for the person to prove the password of the account that has its e-mail. */
export type PendingLink = { issuer: string; subject: string; userId: string; email: string };

export type OidcRefusal = 'oidc_staff' | 'oidc_no_email' | 'oidc_email_unverified' | 'oidc_confirm_sent';

export type OidcSignInOutcome =
  | { kind: 'signed_in'; user: OidcAccount; created: boolean }
  | { kind: 'link_required'; pending: PendingLink }
  | { kind: 'refused'; code: OidcRefusal };

export type LinkOutcome =
  | { ok: true; user: OidcAccount }
  | { ok: false; code: 'invalid_credentials' | 'oidc_link_expired' | 'oidc_staff' }
  | { ok: false; code: 'locked'; until: Date };

type Context = { clientAddress: string | null; locale: Locale };

const emailSchema = z.string().trim().toLowerCase().max(254).email();

/** Claims as providers send them: Keycloak and others sometimes send `email_verified` as a string. */
export function identityFromClaims(claims: Record<string, unknown>): OidcIdentity | null {
  const issuer = typeof claims.iss === 'string' ? claims.iss : null;
  const subject = typeof claims.sub === 'string' ? claims.sub : null;
  if (!issuer || !subject || subject.length > 255 || issuer.length > 500) return null;
  const email = emailSchema.safeParse(claims.email);
  const name = [claims.name, [claims.given_name, claims.family_name].filter((p) => typeof p === 'string' && p.trim()).join(' ')]
    .find((n): n is string => typeof n === 'string' && n.trim() !== '')
    ?.trim()
    .slice(0, 200);
  return {
    issuer,
    subject,
    email: email.success ? email.data : null,
    emailVerified: email.success && (claims.email_verified === true || claims.email_verified === 'true'),
    name: name ?? null,
  };
}

const accountOf = (u: { id: string; email: string; role: Role; displayName: string | null; companyName: string | null }): OidcAccount => ({
  id: u.id,
  email: u.email,
  role: u.role,
  name: u.companyName ?? u.displayName ?? null,
});

const asActor = (u: OidcAccount, clientAddress: string | null): Actor => ({ id: u.id, role: u.role, email: u.email, clientAddress });

/**
 * Decides what a successful sign-in at the provider means here:
 * - a known (issuer, subject) signs straight in to its account;
 * - an unknown one whose provider-VERIFIED e-mail has an account waits for that
 *   account's password (never a silent link: whoever controls the provider's
 *   e-mail claim would otherwise take the account over);
 * - an unknown one with a new, provider-verified e-mail gets a new applicant account without a password;
 * - an unknown one with a new e-mail the provider did NOT verify creates nothing: Pobyt
 *   mails its own confirmation link, and only that link creates the account (an
 *   unproven address must never become an account's address: its real owner
 *   would later reset the password and inherit whoever linked the identity).
 * Staff accounts never sign in this way: their role comes from an admin, not
 * from a citizen's identity provider.
 */
export async function resolveOidcSignIn(db: Db, identity: OidcIdentity, ctx: Context): Promise<OidcSignInOutcome> {
  // Two attempts: a concurrent first sign-in may create the account between our read and our insert.
  for (let attempt = 0; ; attempt++) {
    const [linked] = await db
      .select({ user: users, identityId: userIdentities.id })
      .from(userIdentities)
      .innerJoin(users, eq(users.id, userIdentities.userId))
      .where(and(eq(userIdentities.issuer, identity.issuer), eq(userIdentities.subject, identity.subject)));
    if (linked) {
      if (isStaff(linked.user.role)) return refuseStaff(db, linked.user.id, identity, ctx);
      await db.update(userIdentities).set({ lastSignInAt: sql`now()` }).where(eq(userIdentities.id, linked.identityId));
      return { kind: 'signed_in', user: accountOf(linked.user), created: false };
    }

    if (!identity.email) return { kind: 'refused', code: 'oidc_no_email' };
    const [existing] = await db.select().from(users).where(eq(users.email, identity.email));
    if (existing) {
      if (isStaff(existing.role)) return refuseStaff(db, existing.id, identity, ctx);
      // An unverified address proves nothing about who owns the account.
      if (!identity.emailVerified) return { kind: 'refused', code: 'oidc_email_unverified' };
      return { kind: 'link_required', pending: { issuer: identity.issuer, subject: identity.subject, userId: existing.id, email: existing.email } };
    }

    if (!identity.emailVerified) {
      await mailSignupConfirmation(identity, identity.email, ctx.locale);
      return { kind: 'refused', code: 'oidc_confirm_sent' };
    }
    const created = await createAccount(db, identity, identity.email, ctx);
    if (created) return { kind: 'signed_in', user: created, created: true };
    if (attempt >= 1) throw new Error('Could not create or find the account for an OpenID Connect identity');
  }
}

async function refuseStaff(db: Db, userId: string, identity: OidcIdentity, ctx: Context): Promise<OidcSignInOutcome> {
  await writeAudit(db, null, {
    action: 'account.oidc_refused',
    entityType: 'user',
    entityId: userId,
    after: { issuer: identity.issuer, subject: identity.subject, reason: 'staff', clientAddress: ctx.clientAddress },
  });
  return { kind: 'refused', code: 'oidc_staff' };
}

class Raced extends Error {}

/** Null when the e-mail or the identity was taken meanwhile; the caller looks again. */
async function createAccount(db: Db, identity: OidcIdentity, email: string, ctx: Context): Promise<OidcAccount | null> {
  const created = await db
    .transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          email,
          passwordHash: null,
          role: 'applicant',
          displayName: identity.name,
          locale: ctx.locale,
          // Only ever called with an address proven by the provider or by Pobyt's own link.
          emailVerifiedAt: sql`now()`,
        })
        .onConflictDoNothing({ target: users.email })
        .returning();
      if (!user) return null;
      const [link] = await tx
        .insert(userIdentities)
        .values({ userId: user.id, issuer: identity.issuer, subject: identity.subject, lastSignInAt: sql`now()` })
        .onConflictDoNothing({ target: [userIdentities.issuer, userIdentities.subject] })
        .returning({ id: userIdentities.id });
      if (!link) throw new Raced();
      const account = accountOf(user);
      await writeAudit(tx, asActor(account, ctx.clientAddress), {
        action: 'account.oidc_create',
        entityType: 'user',
        entityId: user.id,
        after: { issuer: identity.issuer, subject: identity.subject, email, emailVerifiedBy: identity.emailVerified ? 'provider' : 'pobyt_link' },
      });
      return account;
    })
    .catch((e: unknown) => {
      if (e instanceof Raced) return null;
      throw e;
    });
  return created ?? null;
}

async function mailSignupConfirmation(identity: OidcIdentity, email: string, locale: Locale) {
  const token = sealPendingSignup({ issuer: identity.issuer, subject: identity.subject, email, name: identity.name, locale }, authSecret());
  try {
    // Sent at once, not through the outbox: no account exists yet for a row to name, and the person waits for it now.
    await sendMail(accountLinkMail('oidcConfirm', email, locale, token));
  } catch (e) {
    log.error('Could not send e-mail', e);
  }
}

export type SignupConfirmation = { ok: true; user: OidcAccount } | { ok: false; formError: 'token_invalid' | 'oidc_confirm_taken' };

/**
 * The confirmation link of a first sign-in whose e-mail the provider did not
 * verify: opening it proves the address, so the account is created verified,
 * with the identity linked. Opening it again after that is harmless.
 */
export async function confirmOidcSignup(db: Db, token: string, clientAddress: string | null): Promise<SignupConfirmation> {
  const signup = openPendingSignup(token, authSecret());
  if (!signup) return { ok: false, formError: 'token_invalid' };
  const identity: OidcIdentity = { issuer: signup.issuer, subject: signup.subject, email: signup.email, emailVerified: true, name: signup.name };
  const [linked] = await db
    .select({ user: users })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.issuer, signup.issuer), eq(userIdentities.subject, signup.subject)));
  if (linked) return linked.user.email === signup.email ? { ok: true, user: accountOf(linked.user) } : { ok: false, formError: 'token_invalid' };
  // Registered meanwhile with a password: linking to it needs that password, through a new sign-in.
  const created = await createAccount(db, identity, signup.email, { clientAddress, locale: signup.locale });
  return created ? { ok: true, user: created } : { ok: false, formError: 'oidc_confirm_taken' };
}

/**
 * Links a pending identity once the person proves the account's password.
 * Failures count against the same per-account and per-address limits as the
 * password sign-in, so the link page is no way around them.
 */
export async function linkPendingIdentity(db: Db, pending: PendingLink, password: string, clientAddress: string | null): Promise<LinkOutcome> {
  const keys = signInKeys(pending.email, clientAddress);
  const reserved = await reserveAttempts(db, [
    [keys.account, SIGN_IN_LIMIT],
    [keys.address, SIGN_IN_ADDRESS_LIMIT],
  ]);
  if (!reserved.ok) return { ok: false, code: 'locked', until: reserved.until };
  const [user] = await db.select().from(users).where(eq(users.id, pending.userId));
  // The account changed its address (or was deleted) since the provider's answer: start again.
  if (!user || user.email !== pending.email) return { ok: false, code: 'oidc_link_expired' };
  if (isStaff(user.role)) return { ok: false, code: 'oidc_staff' };

  if (!(await verifyPassword(password, user.passwordHash))) {
    const until = reserved.lockedUntil;
    await writeAudit(db, null, {
      action: 'account.oidc_link_refused',
      entityType: 'user',
      entityId: user.id,
      after: { issuer: pending.issuer, subject: pending.subject, reason: until ? 'locked' : 'password', clientAddress },
    });
    return until ? { ok: false, code: 'locked', until } : { ok: false, code: 'invalid_credentials' };
  }
  await releaseAttempt(db, keys.address, SIGN_IN_ADDRESS_LIMIT);

  const account = accountOf(user);
  const linked = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(userIdentities)
      .values({ userId: user.id, issuer: pending.issuer, subject: pending.subject, lastSignInAt: sql`now()` })
      .onConflictDoNothing({ target: [userIdentities.issuer, userIdentities.subject] })
      .returning({ id: userIdentities.id });
    if (!row) {
      // Linked meanwhile (a second tab): fine if to this account, never to another.
      const [other] = await tx
        .select({ userId: userIdentities.userId })
        .from(userIdentities)
        .where(and(eq(userIdentities.issuer, pending.issuer), eq(userIdentities.subject, pending.subject)));
      return other?.userId === user.id;
    }
    // The provider verified the address and the person knows the password: the address is proven.
    await tx.update(users).set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` }).where(eq(users.id, user.id));
    await writeAudit(tx, asActor(account, clientAddress), {
      action: 'account.oidc_link',
      entityType: 'user',
      entityId: user.id,
      after: { issuer: pending.issuer, subject: pending.subject },
    });
    await clearHits(tx, keys.account);
    return true;
  });
  return linked ? { ok: true, user: account } : { ok: false, code: 'oidc_link_expired' };
}

/** The identities linked to an account, for tests and the account page. */
export async function listIdentities(db: Db, userId: string) {
  return db
    .select({ issuer: userIdentities.issuer, subject: userIdentities.subject, createdAt: userIdentities.createdAt })
    .from(userIdentities)
    .where(eq(userIdentities.userId, userId));
}

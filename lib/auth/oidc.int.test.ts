import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { auditLog, rateLimits, userIdentities, users, type Role } from '@/db/schema';
import { resetConfigForTests } from '@/lib/config';
import { testDatabases } from '@/test/db';
import { startTestSmtp } from '@/test/smtp';
import en from '@/messages/en.json';
import { authenticate, resetPassword, signInKeys, verifyEmail } from './accounts';
import { hashPassword } from './password';
import { issueEmailToken } from './tokens';
import { confirmOidcSignup, identityFromClaims, linkPendingIdentity, listIdentities, resolveOidcSignIn, type OidcIdentity, type PendingLink } from './oidc';

const ISSUER = 'https://login.example.gov.pl/realms/pobyt';
const ctx = { clientAddress: '198.51.100.7', locale: 'pl' as const };
const identity = (subject: string, email: string | null, emailVerified = true, extra: Partial<OidcIdentity> = {}): OidcIdentity => ({
  issuer: ISSUER,
  subject,
  email,
  emailVerified,
  name: null,
  ...extra,
});

let smtp: Awaited<ReturnType<typeof startTestSmtp>>;

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = 'http://pobyt.test';
  resetConfigForTests();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  resetConfigForTests();
  await smtp.close();
});

describe('identityFromClaims', () => {
  it('reads providers’ claims, including a string email_verified and split names', () => {
    expect(
      identityFromClaims({ iss: ISSUER, sub: 'abc', email: ' Anna@Example.COM ', email_verified: 'true', given_name: 'Anna', family_name: 'Kowalska' }),
    ).toEqual({ issuer: ISSUER, subject: 'abc', email: 'anna@example.com', emailVerified: true, name: 'Anna Kowalska' });
  });

  it('never calls an invalid or missing address verified, and refuses claims without issuer or subject', () => {
    expect(identityFromClaims({ iss: ISSUER, sub: 'abc', email: 'not an address', email_verified: true })).toMatchObject({ email: null, emailVerified: false });
    expect(identityFromClaims({ iss: ISSUER, sub: 'abc', email: 'a@b.pl' })).toMatchObject({ email: 'a@b.pl', emailVerified: false });
    expect(identityFromClaims({ sub: 'abc' })).toBeNull();
    expect(identityFromClaims({ iss: ISSUER })).toBeNull();
  });
});

describe.each(testDatabases)('OpenID Connect accounts on $name', ({ open }) => {
  let h: DbHandle;

  async function account(email: string, role: Role, password: string | null) {
    const [u] = await h.db
      .insert(users)
      .values({ email, role, passwordHash: password ? await hashPassword(password) : null, emailVerifiedAt: sql`now()`, displayName: 'Demo' })
      .returning();
    return u!;
  }
  const identitiesCount = async () => (await h.db.select().from(userIdentities)).length;
  const auditOf = async (action: string) => h.db.select().from(auditLog).where(eq(auditLog.action, action));

  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => h?.close());

  it('creates an applicant without a password on the first sign-in, verified as the provider says, and audits it', async () => {
    const r = await resolveOidcSignIn(h.db, identity('sub-new', 'nowa@example.com', true, { name: 'Olena Nowak' }), ctx);
    expect(r.kind).toBe('signed_in');
    if (r.kind !== 'signed_in') return;
    expect(r.created).toBe(true);
    expect(r.user).toMatchObject({ email: 'nowa@example.com', role: 'applicant', name: 'Olena Nowak' });
    const [u] = await h.db.select().from(users).where(eq(users.id, r.user.id));
    expect(u?.passwordHash).toBeNull();
    expect(u?.emailVerifiedAt).not.toBeNull();
    expect(await listIdentities(h.db, r.user.id)).toMatchObject([{ issuer: ISSUER, subject: 'sub-new' }]);
    const [audit] = await auditOf('account.oidc_create');
    expect(audit).toMatchObject({ actorId: r.user.id, entityId: r.user.id, clientAddress: ctx.clientAddress });
    expect(audit?.after).toMatchObject({ issuer: ISSUER, subject: 'sub-new', emailVerifiedBy: 'provider' });
  });

  it('refuses a password sign-in for an account without a password, cleanly', async () => {
    expect(await authenticate(h.db, 'nowa@example.com', 'anything at all 123', '198.51.100.8')).toEqual({ ok: false, code: 'invalid_credentials' });
  });

  it('signs a known subject straight in, to the same account, creating nothing', async () => {
    const usersBefore = (await h.db.select().from(users)).length;
    const r = await resolveOidcSignIn(h.db, identity('sub-new', 'nowa@example.com'), ctx);
    expect(r).toMatchObject({ kind: 'signed_in', created: false, user: { email: 'nowa@example.com', role: 'applicant' } });
    expect((await h.db.select().from(users)).length).toBe(usersBefore);
    const [link] = await h.db.select().from(userIdentities).where(eq(userIdentities.subject, 'sub-new'));
    expect(link?.lastSignInAt).not.toBeNull();
  });

  it('keeps a subject of another issuer apart', async () => {
    const r = await resolveOidcSignIn(h.db, { ...identity('sub-new', 'nowa@example.com'), issuer: 'https://other.example/realms/x' }, ctx);
    // Same e-mail, verified, unknown (issuer, subject): a password proof is needed, not a sign-in.
    expect(r.kind).toBe('link_required');
  });

  it('creates no account for an address the provider did not verify; Pobyt’s own link creates it, verified, with the identity', async () => {
    const before = (await h.db.select().from(users)).length;
    const r = await resolveOidcSignIn(h.db, identity('sub-unverified', 'maybe@example.com', false, { name: 'Maybe Me' }), { ...ctx, locale: 'en' });
    expect(r).toEqual({ kind: 'refused', code: 'oidc_confirm_sent' });
    expect((await h.db.select().from(users)).length).toBe(before);
    const mail = smtp.received.filter((m) => JSON.stringify(m.to).includes('maybe@example.com')).at(-1);
    expect(mail?.subject).toBe(en.emails.oidcConfirm.subject);
    const token = /verify-email\/identity\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    expect(mail?.text).toContain('http://pobyt.test/en/verify-email/identity?token=');
    // An altered link is refused and creates nothing.
    expect(await confirmOidcSignup(h.db, `${token.slice(0, -2)}xx`, null)).toEqual({ ok: false, formError: 'token_invalid' });
    const confirmed = await confirmOidcSignup(h.db, token, '198.51.100.8');
    expect(confirmed.ok && confirmed.user.email).toBe('maybe@example.com');
    const [u] = await h.db.select().from(users).where(eq(users.email, 'maybe@example.com'));
    expect(u?.emailVerifiedAt).not.toBeNull();
    expect([u?.locale, u?.displayName]).toEqual(['en', 'Maybe Me']);
    expect(await listIdentities(h.db, u!.id)).toMatchObject([{ issuer: ISSUER, subject: 'sub-unverified' }]);
    // Opening the link again is harmless; the provider sign-in now goes straight in.
    expect((await confirmOidcSignup(h.db, token, null)).ok).toBe(true);
    expect((await resolveOidcSignIn(h.db, identity('sub-unverified', 'maybe@example.com', false), ctx)).kind).toBe('signed_in');
  });

  it('does not let a confirmation link take over an address registered meanwhile', async () => {
    await resolveOidcSignIn(h.db, identity('sub-late', 'late-owner@example.com', false), ctx);
    const mail = smtp.received.filter((m) => JSON.stringify(m.to).includes('late-owner@example.com')).at(-1);
    const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    const owner = await account('late-owner@example.com', 'applicant', 'haslo-wlasciciela-2026');
    expect(await confirmOidcSignup(h.db, token, null)).toEqual({ ok: false, formError: 'oidc_confirm_taken' });
    expect(await listIdentities(h.db, owner.id)).toEqual([]);
  });

  it('drops identities linked while the address was unproven, when the owner resets the password or verifies the address', async () => {
    const victim = await account('victim@example.com', 'applicant', null);
    await h.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.id, victim.id));
    await h.db.insert(userIdentities).values({ userId: victim.id, issuer: ISSUER, subject: 'sub-attacker', linkedUnverified: true });
    await h.db.insert(userIdentities).values({ userId: victim.id, issuer: ISSUER, subject: 'sub-own', linkedUnverified: false });
    expect(await verifyEmail(h.db, await issueEmailToken(h.db, victim.id, 'verify_email'))).toEqual({ ok: true });
    expect((await listIdentities(h.db, victim.id)).map((i) => i.subject)).toEqual(['sub-own']);
    await h.db.insert(userIdentities).values({ userId: victim.id, issuer: ISSUER, subject: 'sub-attacker-2', linkedUnverified: true });
    expect(await resetPassword(h.db, await issueEmailToken(h.db, victim.id, 'reset_password'), 'haslo-ofiary-2026-nowe')).toEqual({ ok: true });
    expect((await listIdentities(h.db, victim.id)).map((i) => i.subject)).toEqual(['sub-own']);
    expect((await resolveOidcSignIn(h.db, identity('sub-attacker-2', 'victim@example.com'), ctx)).kind).toBe('link_required');
  });

  it('refuses an identity without an e-mail, creating nothing', async () => {
    const before = (await h.db.select().from(users)).length;
    expect(await resolveOidcSignIn(h.db, identity('sub-no-mail', null), ctx)).toEqual({ kind: 'refused', code: 'oidc_no_email' });
    expect((await h.db.select().from(users)).length).toBe(before);
  });

  describe('an existing account with the provider’s verified e-mail', () => {
    let employerId: string;
    let pending: PendingLink;

    it('is not signed in nor linked, but waits for the password', async () => {
      employerId = (await account('hr@firma.pl', 'employer', 'haslo-pracodawcy-2026')).id;
      const before = await identitiesCount();
      const r = await resolveOidcSignIn(h.db, identity('sub-hr', 'hr@firma.pl'), ctx);
      expect(r).toEqual({ kind: 'link_required', pending: { issuer: ISSUER, subject: 'sub-hr', userId: employerId, email: 'hr@firma.pl' } });
      if (r.kind === 'link_required') pending = r.pending;
      expect(await identitiesCount()).toBe(before);
    });

    it('refuses a wrong password, links nothing, counts it like a sign-in failure and audits it', async () => {
      const before = await identitiesCount();
      expect(await linkPendingIdentity(h.db, pending, 'not the password', '198.51.100.9')).toEqual({ ok: false, code: 'invalid_credentials' });
      expect(await identitiesCount()).toBe(before);
      const [hit] = await h.db.select().from(rateLimits).where(eq(rateLimits.key, signInKeys('hr@firma.pl').account));
      expect(hit?.count).toBe(1);
      const [audit] = await auditOf('account.oidc_link_refused');
      expect(audit).toMatchObject({ entityId: employerId, actorId: null });
      expect(audit?.after).toMatchObject({ reason: 'password', clientAddress: '198.51.100.9' });
      // Still not signed in through the provider.
      expect((await resolveOidcSignIn(h.db, identity('sub-hr', 'hr@firma.pl'), ctx)).kind).toBe('link_required');
    });

    it('links with the right password, audits it, and later signs straight in with the account’s own role', async () => {
      const r = await linkPendingIdentity(h.db, pending, 'haslo-pracodawcy-2026', '198.51.100.9');
      expect(r).toMatchObject({ ok: true, user: { id: employerId, role: 'employer', email: 'hr@firma.pl' } });
      expect(await listIdentities(h.db, employerId)).toMatchObject([{ issuer: ISSUER, subject: 'sub-hr' }]);
      expect(await auditOf('account.oidc_link')).toMatchObject([{ actorId: employerId, actorRole: 'employer', entityId: employerId }]);
      // A success clears the account's failure count, as a password sign-in does.
      expect(await h.db.select().from(rateLimits).where(eq(rateLimits.key, signInKeys('hr@firma.pl').account))).toEqual([]);
      const again = await resolveOidcSignIn(h.db, identity('sub-hr', 'hr@firma.pl'), ctx);
      expect(again).toMatchObject({ kind: 'signed_in', created: false, user: { id: employerId, role: 'employer' } });
      // A repeated proof (a second tab) changes nothing.
      expect(await linkPendingIdentity(h.db, pending, 'haslo-pracodawcy-2026', '198.51.100.9')).toMatchObject({ ok: true });
      expect(await listIdentities(h.db, employerId)).toHaveLength(1);
    });

    it('never moves a linked subject to another account', async () => {
      const other = await account('inna@example.com', 'applicant', 'inne-haslo-konta-2026');
      const forged: PendingLink = { issuer: ISSUER, subject: 'sub-hr', userId: other.id, email: other.email };
      expect(await linkPendingIdentity(h.db, forged, 'inne-haslo-konta-2026', null)).toEqual({ ok: false, code: 'oidc_link_expired' });
      expect(await listIdentities(h.db, other.id)).toEqual([]);
    });

    it('expires a pending link when the account changed its address meanwhile', async () => {
      const u = await account('zmiana@example.com', 'applicant', 'haslo-do-zmiany-2026');
      const r = await resolveOidcSignIn(h.db, identity('sub-zmiana', 'zmiana@example.com'), ctx);
      await h.db.update(users).set({ email: 'nowy-adres@example.com' }).where(eq(users.id, u.id));
      expect(r.kind === 'link_required' && (await linkPendingIdentity(h.db, r.pending, 'haslo-do-zmiany-2026', null))).toEqual({
        ok: false,
        code: 'oidc_link_expired',
      });
    });

    it('locks after the sign-in limit, then refuses even the right password', async () => {
      const u = await account('lock@example.com', 'applicant', 'prawdziwe-haslo-2026');
      const r = await resolveOidcSignIn(h.db, identity('sub-lock', 'lock@example.com'), ctx);
      if (r.kind !== 'link_required') throw new Error('expected a pending link');
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await linkPendingIdentity(h.db, r.pending, `zle-haslo-${i}`, `203.0.113.${i}`));
      expect(results.slice(0, 4).every((x) => !x.ok && x.code === 'invalid_credentials')).toBe(true);
      expect(results[4]).toMatchObject({ ok: false, code: 'locked' });
      expect(await linkPendingIdentity(h.db, r.pending, 'prawdziwe-haslo-2026', '203.0.113.50')).toMatchObject({ ok: false, code: 'locked' });
      expect(await listIdentities(h.db, u.id)).toEqual([]);
    });
  });

  it('never links through an unverified e-mail, even with the right password in hand', async () => {
    const u = await account('olena@example.com', 'applicant', 'haslo-oleny-2026');
    const before = await identitiesCount();
    expect(await resolveOidcSignIn(h.db, identity('sub-olena', 'olena@example.com', false), ctx)).toEqual({ kind: 'refused', code: 'oidc_email_unverified' });
    expect(await identitiesCount()).toBe(before);
    expect(await listIdentities(h.db, u.id)).toEqual([]);
  });

  it('refuses staff accounts, whether matched by e-mail or by a linked subject, and audits it', async () => {
    const clerk = await account('clerk@urzad.example', 'clerk', 'haslo-urzednika-2026');
    const before = await identitiesCount();
    expect(await resolveOidcSignIn(h.db, identity('sub-clerk', 'clerk@urzad.example'), ctx)).toEqual({ kind: 'refused', code: 'oidc_staff' });
    // Even a pending link made up for a staff account (or a role changed since) gets nowhere.
    const forged: PendingLink = { issuer: ISSUER, subject: 'sub-clerk', userId: clerk.id, email: clerk.email };
    expect(await linkPendingIdentity(h.db, forged, 'haslo-urzednika-2026', null)).toEqual({ ok: false, code: 'oidc_staff' });
    expect(await identitiesCount()).toBe(before);
    const promoted = await account('promoted@example.com', 'applicant', null);
    await h.db.insert(userIdentities).values({ userId: promoted.id, issuer: ISSUER, subject: 'sub-promoted' });
    await h.db.update(users).set({ role: 'admin' }).where(eq(users.id, promoted.id));
    expect(await resolveOidcSignIn(h.db, identity('sub-promoted', 'promoted@example.com'), ctx)).toEqual({ kind: 'refused', code: 'oidc_staff' });
    const refusals = await auditOf('account.oidc_refused');
    expect(refusals.map((a) => a.entityId).sort()).toEqual([clerk.id, promoted.id].sort());
  });

  it('lets an account created through the provider set a password by reset, after which both ways work', async () => {
    const [u] = await h.db.select().from(users).where(eq(users.email, 'nowa@example.com'));
    const token = await issueEmailToken(h.db, u!.id, 'reset_password');
    expect(await resetPassword(h.db, token, 'wlasne-haslo-oleny-2026')).toEqual({ ok: true });
    expect((await authenticate(h.db, 'nowa@example.com', 'wlasne-haslo-oleny-2026', null)).ok).toBe(true);
    expect((await resolveOidcSignIn(h.db, identity('sub-new', 'nowa@example.com'), ctx)).kind).toBe('signed_in');
  });
});

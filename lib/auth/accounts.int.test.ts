import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomBytes, scryptSync } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { emailTokens, rateLimits, users, auditLog } from '@/db/schema';
import { resetConfigForTests } from '@/lib/config';
import { testDatabases } from '@/test/db';
import { startTestSmtp } from '@/test/smtp';
import pl from '@/messages/pl.json';
import uk from '@/messages/uk.json';
import {
  authenticate,
  changePassword,
  createStaffAccount,
  registerAccount,
  requestPasswordReset,
  resetPassword,
  signInKeys,
  verifyEmail,
} from './accounts';
import { registerSchema } from './schemas';
import { createChallenge } from '@/lib/security/pow';
import { solveChallenge } from '@/lib/security/pow-solver';
import { processOutbox } from '@/lib/notifications/outbox';
import * as password from './password';

// Counts how often the slow password check really runs.
vi.mock('./password', async (importOriginal) => {
  const real = await importOriginal<typeof import('./password')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword), hashPassword: vi.fn(real.hashPassword) };
});
const verifyCalls = () => vi.mocked(password.verifyPassword).mock.calls.length;

let smtp: Awaited<ReturnType<typeof startTestSmtp>>;

beforeAll(async () => {
  process.env.POW_MAX_NUMBER = '500';
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

const tokenFrom = (text: string | undefined) => /token=([\w-]+)/.exec(text ?? '')?.[1] ?? '';
let address = 0;
/** A fresh proof of work from a fresh address: each public request needs both. */
const from = async (clientAddress = `10.77.${Math.floor(address / 250)}.${address++ % 250}`) => ({ clientAddress, pow: (await solveChallenge(createChallenge('account')))! });
const input = (email: string, extra: object = {}) =>
  registerSchema.parse({ accountType: 'applicant', email, password: 'zielony-most-nad-odra', acceptTerms: true, ...extra });

describe.each(testDatabases)('accounts on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => h?.close());
  // Account mails go through the outbox: deliver what is due, then look at what SMTP received.
  const lastMailTo = async (to: string, subject?: string) => {
    await processOutbox(h.db);
    return smtp.received.filter((m) => JSON.stringify(m.to).includes(to) && (!subject || m.subject === subject)).at(-1);
  };

  it('registers with a slow hash and sends a verification mail in the page language through SMTP', async () => {
    const result = await registerAccount(h.db, input('Olena@Example.com'), 'uk', await from());
    expect(result.ok).toBe(true);
    const [user] = await h.db.select().from(users).where(eq(users.email, 'olena@example.com'));
    expect(user?.passwordHash).toMatch(/^scrypt\$/);
    expect(user?.passwordHash).not.toContain('zielony');
    expect(user?.emailVerifiedAt).toBeNull();
    const mail = (await lastMailTo('olena@example.com'));
    expect(mail?.subject).toBe(uk.emails.verifyEmail.subject);
    expect(mail?.text).toContain('http://pobyt.test/uk/verify-email?token=');
  });

  it('answers a taken e-mail as a new one, changes nothing, and tells only the owner (at most 3 times a day)', async () => {
    const before = await h.db.select().from(users).where(eq(users.email, 'olena@example.com'));
    const sent = smtp.received.length;
    const attemptMails = () => smtp.received.slice(sent).filter((m) => m.subject === uk.emails.registerAttempt.subject && JSON.stringify(m.to).includes('olena@example.com'));
    expect(await registerAccount(h.db, input('olena@example.com', { password: 'inne-haslo-intruza' }), 'pl', await from())).toEqual({ ok: true });
    expect(await h.db.select().from(users).where(eq(users.email, 'olena@example.com'))).toEqual(before);
    const mail = await lastMailTo('olena@example.com');
    expect(smtp.received.length).toBe(sent + 1);
    // In the owner's language (she registered in Ukrainian), with no link that does anything.
    expect(mail?.subject).toBe(uk.emails.registerAttempt.subject);
    expect(mail?.text).not.toContain('token=');
    for (let i = 0; i < 4; i++) {
      await registerAccount(h.db, input('olena@example.com'), 'pl', await from());
      await lastMailTo('olena@example.com');
    }
    expect(attemptMails()).toHaveLength(3);
  });

  it('refuses a common password, a missing or replayed proof of work, writing nothing', async () => {
    const before = (await h.db.select().from(users)).length;
    expect(await registerAccount(h.db, input('new@example.com', { password: 'qwerty123456' }), 'pl', await from())).toEqual({
      ok: false,
      fieldErrors: { password: 'password_common' },
    });
    expect(await registerAccount(h.db, input('new@example.com'), 'pl', { clientAddress: '10.78.0.1' })).toEqual({ ok: false, formError: 'pow_missing' });
    const spent = await from();
    expect(await registerAccount(h.db, input('new2@example.com'), 'pl', spent)).toEqual({ ok: true });
    expect(await registerAccount(h.db, input('new@example.com'), 'pl', spent)).toEqual({ ok: false, formError: 'pow_replayed' });
    expect((await h.db.select().from(users)).length).toBe(before + 1);
  });

  it('limits registrations and reset requests per address before any hash is made', async () => {
    const hashes = vi.mocked(password.hashPassword).mock.calls.length;
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await requestPasswordReset(h.db, 'olena@example.com', await from('10.79.0.1')));
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results.slice(10)).toEqual([
      { ok: false, formError: 'account_rate_limited' },
      { ok: false, formError: 'account_rate_limited' },
    ]);
    expect(await registerAccount(h.db, input('limited@example.com'), 'pl', await from('10.79.0.2'))).toEqual({ ok: true });
    for (let i = 0; i < 9; i++) await registerAccount(h.db, input(`limited${i}@example.com`), 'pl', await from('10.79.0.2'));
    const before = vi.mocked(password.hashPassword).mock.calls.length;
    expect(await registerAccount(h.db, input('over@example.com'), 'pl', await from('10.79.0.2'))).toEqual({ ok: false, formError: 'account_rate_limited' });
    expect(vi.mocked(password.hashPassword).mock.calls.length).toBe(before);
    expect(before - hashes).toBe(10);
  });

  it('spends no password hash on a dead reset link', async () => {
    const before = vi.mocked(password.hashPassword).mock.calls.length;
    expect(await resetPassword(h.db, 'made-up-token-that-was-never-issued', 'nowe-haslo-do-portalu')).toEqual({ ok: false, formError: 'token_invalid' });
    expect(vi.mocked(password.hashPassword).mock.calls.length).toBe(before);
  });

  it('keeps an employer’s company and normalised NIP', async () => {
    const r = await registerAccount(h.db, input('hr@firma.pl', { accountType: 'employer', companyName: 'Firma', nip: '123-456-32-18' }), 'pl', await from());
    expect(r.ok).toBe(true);
    const [u] = await h.db.select().from(users).where(eq(users.email, 'hr@firma.pl'));
    expect([u?.role, u?.companyName, u?.nip]).toEqual(['employer', 'Firma', '1234563218']);
  });

  it('refuses sign-in before verification, and verifies with a single-use token', async () => {
    expect(await authenticate(h.db, 'olena@example.com', 'zielony-most-nad-odra', '10.0.0.1')).toEqual({ ok: false, code: 'unverified' });
    const token = tokenFrom((await lastMailTo('olena@example.com', uk.emails.verifyEmail.subject))?.text);
    expect(await verifyEmail(h.db, token)).toEqual({ ok: true });
    expect(await verifyEmail(h.db, token)).toEqual({ ok: false, formError: 'token_used' });
    expect(await verifyEmail(h.db, 'not-a-real-token-at-all')).toEqual({ ok: false, formError: 'token_invalid' });
    const ok = await authenticate(h.db, 'olena@example.com', 'zielony-most-nad-odra', '10.0.0.1');
    expect(ok.ok && ok.user.email).toBe('olena@example.com');
  });

  it('refuses an expired token', async () => {
    await registerAccount(h.db, input('late@example.com'), 'pl', await from());
    const token = tokenFrom((await lastMailTo('late@example.com'))?.text);
    await h.db.update(emailTokens).set({ expiresAt: sql`now() - interval '1 minute'` });
    expect(await verifyEmail(h.db, token)).toEqual({ ok: false, formError: 'token_expired' });
  });

  it('locks an account after 5 failures, even for the right password, until the lock ends', async () => {
    for (let i = 0; i < 4; i++) {
      expect(await authenticate(h.db, 'olena@example.com', 'wrong password here', `10.0.1.${i}`)).toEqual({ ok: false, code: 'invalid_credentials' });
    }
    const fifth = await authenticate(h.db, 'olena@example.com', 'wrong password here', '10.0.1.9');
    expect(fifth.ok === false && fifth.code).toBe('locked');
    const right = await authenticate(h.db, 'olena@example.com', 'zielony-most-nad-odra', '10.0.2.1');
    expect(right.ok === false && right.code).toBe('locked');
    if (right.ok === false && right.code === 'locked') {
      const minutes = (right.until.getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(14);
      expect(minutes).toBeLessThanOrEqual(15.1);
    }
    // The lock lives in the database: let it run out there.
    await h.db.update(rateLimits).set({ lockedUntil: sql`now() - interval '1 second'`, windowStart: sql`now() - interval '1 hour'` }).where(eq(rateLimits.key, signInKeys('olena@example.com').account));
    const after = await authenticate(h.db, 'olena@example.com', 'zielony-most-nad-odra', '10.0.2.1');
    expect(after.ok).toBe(true);
  });

  it('lets 50 parallel wrong passwords reach the password check at most 5 times, then refuses the right one', async () => {
    await registerAccount(h.db, input('parallel@example.com'), 'pl', await from());
    await verifyEmail(h.db, tokenFrom((await lastMailTo('parallel@example.com'))?.text));
    const before = verifyCalls();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => authenticate(h.db, 'parallel@example.com', `wrong guess ${i}`, `10.9.${i}.1`)),
    );
    expect(verifyCalls() - before).toBeLessThanOrEqual(5);
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.filter((r) => !r.ok && r.code === 'locked').length).toBeGreaterThanOrEqual(45);
    const right = await authenticate(h.db, 'parallel@example.com', 'zielony-most-nad-odra', '10.9.99.1');
    expect(right.ok === false && right.code).toBe('locked');
  });

  it('re-hashes a password stored at the old scrypt cost at the next sign-in', async () => {
    const salt = randomBytes(16);
    const old = ['scrypt', 32768, 8, 1, salt.toString('base64'), scryptSync('stary-most-nad-odra', salt, 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString('base64')].join('$');
    await h.db.insert(users).values({ email: 'oldhash@example.com', role: 'applicant', passwordHash: old, emailVerifiedAt: sql`now()` });
    expect((await authenticate(h.db, 'oldhash@example.com', 'stary-most-nad-odra', '10.9.100.1')).ok).toBe(true);
    const [u] = await h.db.select().from(users).where(eq(users.email, 'oldhash@example.com'));
    expect(u?.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect((await authenticate(h.db, 'oldhash@example.com', 'stary-most-nad-odra', '10.9.100.1')).ok).toBe(true);
  });

  it('locks a client address that tries many accounts, after more failures than one account gets (an office behind NAT)', async () => {
    await Promise.all(Array.from({ length: 5 }, (_, i) => authenticate(h.db, `nobody${i}@example.com`, 'wrong password here', '192.0.2.77')));
    expect((await authenticate(h.db, 'olena@example.com', 'zielony-most-nad-odra', '192.0.2.77')).ok).toBe(true);
    await Promise.all(Array.from({ length: 20 }, (_, i) => authenticate(h.db, `nobody${i}@example.com`, 'wrong password here', '192.0.2.77')));
    const r = await authenticate(h.db, 'olena@example.com', 'zielony-most-nad-odra', '192.0.2.77');
    expect(r.ok === false && r.code).toBe('locked');
  });

  it('resets a password through a single-use e-mailed link, which also clears the lock', async () => {
    await requestPasswordReset(h.db, 'hr@firma.pl', await from());
    const mail = (await lastMailTo('hr@firma.pl'));
    expect(mail?.subject).toBe(pl.emails.resetPassword.subject);
    const token = tokenFrom(mail?.text);
    expect(await resetPassword(h.db, token, 'qwerty123456')).toEqual({ ok: false, fieldErrors: { password: 'password_common' } });
    expect(await resetPassword(h.db, token, 'nowe-haslo-do-portalu')).toEqual({ ok: true });
    expect(await resetPassword(h.db, token, 'inne-haslo-do-portalu')).toEqual({ ok: false, formError: 'token_used' });
    const r = await authenticate(h.db, 'hr@firma.pl', 'nowe-haslo-do-portalu', '10.0.3.1');
    expect(r.ok).toBe(true);
  });

  it('does not reveal unknown addresses when asked for a reset', async () => {
    const count = smtp.received.length;
    await requestPasswordReset(h.db, 'nobody@example.com', await from());
    expect(smtp.received.length).toBe(count);
  });

  it('changes a password only with the current one', async () => {
    const [u] = await h.db.select().from(users).where(eq(users.email, 'hr@firma.pl'));
    const actor = { id: u!.id, role: u!.role, email: u!.email };
    expect(await changePassword(h.db, actor, 'bad current pw', 'jeszcze-inne-haslo')).toEqual({ ok: false, fieldErrors: { current: 'password_wrong' } });
    expect(await changePassword(h.db, actor, 'nowe-haslo-do-portalu', 'jeszcze-inne-haslo')).toEqual({ ok: true });
    expect((await authenticate(h.db, 'hr@firma.pl', 'jeszcze-inne-haslo', '10.0.3.2')).ok).toBe(true);
  });

  it('creates staff only through an admin, audited, with a password link', async () => {
    const [admin] = await h.db.insert(users).values({ email: 'boss@duw.test', role: 'admin' }).returning();
    const actor = { id: admin!.id, role: admin!.role, email: admin!.email, clientAddress: '10.9.9.9' };
    const r = await createStaffAccount(h.db, actor, { email: 'clerk2@duw.test', displayName: 'Ewa', role: 'clerk' }, 'pl');
    expect(r.ok).toBe(true);
    const [log] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'staff.create'));
    expect(log).toMatchObject({ actorId: admin!.id, actorRole: 'admin', entityType: 'user', clientAddress: '10.9.9.9' });
    expect(log?.after).toMatchObject({ email: 'clerk2@duw.test', role: 'clerk' });
    const token = tokenFrom((await lastMailTo('clerk2@duw.test'))?.text);
    expect(await resetPassword(h.db, token, 'haslo-inspektora-ewy')).toEqual({ ok: true });
    const signed = await authenticate(h.db, 'clerk2@duw.test', 'haslo-inspektora-ewy', '10.0.4.1');
    expect(signed.ok && signed.user.role).toBe('clerk');
  });

  it('writes staff sign-in failures and the lockout to the audit log, with the address and no password', async () => {
    const [clerk] = await h.db.select().from(users).where(eq(users.email, 'clerk2@duw.test'));
    for (let i = 0; i < 5; i++) await authenticate(h.db, 'clerk2@duw.test', `zle-haslo-${i}`, '10.0.5.1');
    const rows = await h.db.select().from(auditLog).where(eq(auditLog.entityId, clerk!.id));
    const actions = rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'staff.sign_in_failed')).toHaveLength(4);
    expect(actions).toContain('staff.sign_in_locked');
    expect(rows.find((r) => r.action === 'staff.sign_in_locked')?.after).toMatchObject({ clientAddress: '10.0.5.1' });
    expect(JSON.stringify(rows)).not.toContain('zle-haslo');
    expect(actions).toContain('account.password_reset');
  });

  it('audits a password change', async () => {
    const [u] = await h.db.select().from(users).where(eq(users.email, 'hr@firma.pl'));
    const actor = { id: u!.id, role: u!.role, email: u!.email, clientAddress: '10.0.6.1' };
    expect(await changePassword(h.db, actor, 'jeszcze-inne-haslo', 'czwarte-haslo-portalu')).toEqual({ ok: true });
    const rows = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'account.password_change'), eq(auditLog.entityId, u!.id))).orderBy(auditLog.id);
    // The earlier test changed it once already.
    expect(rows).toHaveLength(2);
    const row = rows.at(-1);
    expect(row).toMatchObject({ actorId: u!.id, clientAddress: '10.0.6.1' });
    expect(JSON.stringify(row)).not.toContain('czwarte');
  });
});

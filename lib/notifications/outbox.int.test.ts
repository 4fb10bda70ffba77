import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Db, DbHandle } from '@/db/client';
import { emailTokens, notificationOutbox, users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { startTestSmtp } from '@/test/smtp';
import { resetConfigForTests } from '@/lib/config';
import type { Actor } from '@/lib/auth/actor';
import { consumeEmailToken } from '@/lib/auth/tokens';
import { translatorFor } from '@/lib/i18n/translator';
import { registerCase } from '@/lib/cases/registration';
import { addMissingDocument, changeStage, postMessage } from '@/lib/cases/handling';
import { applyRetention } from '@/lib/housekeeping/retention';
import type { SmsProvider } from './sms';
import { enqueueAccountMail, STAFF_INVITE_TTL_SECONDS, type AccountMailKind } from './account-mail';
import { MAX_ATTEMPTS, markSent, processOutbox, resendNotice, retryDelaySeconds, STALE_CLAIM_SECONDS, type Lease } from './outbox';
import { SEND_DEADLINE_MS, SMTP_TIMEOUTS_MS } from './mailer';

const APP_URL = 'https://pobyt.duw.example';
const noSms: SmsProvider = { name: 'none', send: async () => {} };

const recipientsOf = (mails: ParsedMail[]) => mails.map((m) => (Array.isArray(m.to) ? m.to : [m.to]).map((a) => a?.text ?? '').join(','));
const tokenIn = (text: string | undefined) => /[?&]token=([\w-]+)/.exec(text ?? '')?.[1] ?? null;

function useSmtp(url: string) {
  process.env.SMTP_URL = url;
  resetConfigForTests();
}

/** Simulated time: every outbox row's times move back, as if `seconds` had passed. */
async function elapse(db: Db, seconds: number) {
  const by = sql`make_interval(secs => ${seconds})`;
  await db.update(notificationOutbox).set({
    createdAt: sql`${notificationOutbox.createdAt} - ${by}`,
    nextAttemptAt: sql`${notificationOutbox.nextAttemptAt} - ${by}`,
    claimedAt: sql`${notificationOutbox.claimedAt} - ${by}`,
  });
}

/** Passes of the worker until one finds nothing due. */
async function drain(db: Db) {
  const total = { sent: 0, failed: 0 };
  for (;;) {
    const r = await processOutbox(db, noSms);
    total.sent += r.sent;
    total.failed += r.failed;
    if (!r.sent && !r.failed) return total;
  }
}

/**
 * A real SMTP server that holds its reply to the first message's DATA until
 * `release` is called, then refuses it (as a client whose socket timed out
 * would have seen no acceptance); later messages are accepted at once.
 */
async function startSlowSmtp() {
  const received: ParsedMail[] = [];
  let heldArrived!: () => void;
  const arrived = new Promise<void>((r) => (heldArrived = r));
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let first = true;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if (first) {
            first = false;
            heldArrived();
            await released;
            const late = Object.assign(new Error('Timed out, message not accepted'), { responseCode: 451 });
            return callback(late);
          }
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { url: `smtp://127.0.0.1:${port}`, received, arrived, release, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('outbox timing', () => {
  it('keeps a lease longer than any send can last, and backs off 1, 2, 4, 8, 16 minutes, then every 16', () => {
    const steps = SMTP_TIMEOUTS_MS.connectionTimeout + SMTP_TIMEOUTS_MS.greetingTimeout + SMTP_TIMEOUTS_MS.socketTimeout;
    expect(steps).toBeLessThanOrEqual(SEND_DEADLINE_MS);
    expect(STALE_CLAIM_SECONDS * 1000).toBeGreaterThan(SEND_DEADLINE_MS);
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelaySeconds(n) / 60)).toEqual([1, 2, 4, 8, 16, 16, 16, 16]);
  });
});

describe.each(testDatabases)('notification outbox on $name', ({ open }) => {
  let h: DbHandle;
  let clerk: Actor;
  let n = 0;
  beforeAll(async () => {
    h = await open();
    process.env.APP_URL = APP_URL;
    resetConfigForTests();
    const [u] = await h.db.insert(users).values({ email: 'outbox-clerk@duw.test', role: 'clerk' }).returning();
    clerk = { id: u!.id, role: 'clerk', email: u!.email };
  });
  afterEach(async () => {
    // Each test starts with an empty queue.
    await h.db.delete(notificationOutbox);
    delete process.env.SMTP_URL;
    delete process.env.OUTBOX_RETRY_HOURS;
    resetConfigForTests();
  });
  afterAll(async () => {
    delete process.env.APP_URL;
    resetConfigForTests();
    await h?.close();
  });

  const newUser = async (locale: 'pl' | 'en' | 'ru' | 'uk' = 'en', role: 'applicant' | 'clerk' = 'applicant') => {
    const [u] = await h.db
      .insert(users)
      .values({ email: `person${++n}-${Date.now()}@example.com`, role, locale })
      .returning();
    return u!;
  };
  const caseNotice = async (email: string) => {
    const c = await registerCase(h.db, clerk, { formNumber: 1, applicantName: 'Olena Kovalenko', contactEmail: email, contactPhone: null, notifyConsent: true, locale: 'uk' });
    if (!c.ok) throw new Error('registration failed');
    await changeStage(h.db, clerk, c.caseId, 'formal_check');
  };

  it('joins a clerk’s several changes to one case into one held notice per channel, and a later change gets its own', async () => {
    process.env.CASE_NOTICE_HOLD_SECONDS = '120';
    resetConfigForTests();
    const smtp = await startTestSmtp();
    process.env.SMTP_URL = smtp.url;
    resetConfigForTests();
    try {
      const c = await registerCase(h.db, clerk, { formNumber: 1, applicantName: 'Olena Kovalenko', contactEmail: 'joined@example.com', contactPhone: '+48600700800', notifyConsent: true, locale: 'uk' });
      if (!c.ok) throw new Error();
      await changeStage(h.db, clerk, c.caseId, 'formal_check');
      await addMissingDocument(h.db, clerk, c.caseId, { title: 'Umowa najmu' });
      await postMessage(h.db, clerk, c.caseId, 'Proszę o dokument');
      await changeStage(h.db, clerk, c.caseId, 'summons_fee');
      const held = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.caseId, c.caseId));
      expect(held.map((r) => [r.channel, r.kind, r.status]).sort()).toEqual([
        ['email', 'case_updated', 'pending'],
        ['sms', 'case_updated', 'pending'],
      ]);
      // Nothing goes out while the notice is held.
      expect(await processOutbox(h.db, noSms)).toEqual({ sent: 0, failed: 0 });
      await h.db.update(notificationOutbox).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(notificationOutbox.caseId, c.caseId));
      expect(await processOutbox(h.db, noSms)).toEqual({ sent: 2, failed: 0 });
      const mails = smtp.received.filter((m) => recipientsOf([m])[0]!.includes('joined@example.com'));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.text).toContain(translatorFor('uk')('notices.case_updated', { url: `${APP_URL}/uk/case` }).slice(0, 40));
      // After it went out, the next change is a new notice with its own kind.
      await postMessage(h.db, clerk, c.caseId, 'Dziękujemy');
      const next = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.caseId, c.caseId));
      expect(next.filter((r) => r.status === 'pending').map((r) => r.kind)).toEqual(['message', 'message']);
    } finally {
      delete process.env.CASE_NOTICE_HOLD_SECONDS;
      await smtp.close();
    }
  });

  it('delivers every notice, case notices and account mails, exactly once after SMTP was down for two hours', async () => {
    const mailbox = await startTestSmtp();
    useSmtp(mailbox.url);
    await mailbox.close();

    const expected: string[] = [];
    for (let i = 0; i < 3; i++) {
      const email = `outage-case${i}-${Date.now()}@example.com`;
      await caseNotice(email);
      expected.push(email);
    }
    const kinds: AccountMailKind[] = ['verify_email', 'reset_password', 'staff_invite', 'register_attempt'];
    for (const kind of kinds) {
      const u = await newUser('pl', kind === 'staff_invite' ? 'clerk' : 'applicant');
      await enqueueAccountMail(h.db, { kind, userId: u.id, to: u.email, locale: 'pl' });
      expected.push(u.email);
    }

    // Two hours of simulated time with the SMTP server stopped, a worker pass each minute.
    for (let minute = 0; minute < 120; minute++) {
      await drain(h.db);
      await elapse(h.db, 60);
    }
    const during = await h.db.select().from(notificationOutbox);
    expect(during).toHaveLength(expected.length);
    // Still queued: the back-off ran out after about 31 minutes, the retries went on.
    expect(during.every((r) => r.status === 'pending' && r.attempts > MAX_ATTEMPTS && r.lastError)).toBe(true);
    expect(mailbox.received).toHaveLength(0);

    const restarted = await startTestSmtp(mailbox.port, mailbox.received);
    try {
      await elapse(h.db, retryDelaySeconds(MAX_ATTEMPTS));
      expect(await drain(h.db)).toEqual({ sent: expected.length, failed: 0 });
      // Later passes send nothing again.
      await elapse(h.db, 3600);
      expect(await drain(h.db)).toEqual({ sent: 0, failed: 0 });
    } finally {
      await restarted.close();
    }
    expect(recipientsOf(restarted.received).sort()).toEqual([...expected].sort());
    const after = await h.db.select().from(notificationOutbox);
    expect(after.every((r) => r.status === 'sent' && r.sentAt)).toBe(true);
    // The account mails that arrived late carry links that work.
    const verify = restarted.received.find((m) => m.subject === translatorFor('pl')('emails.verifyEmail.subject'))!;
    const verified = await consumeEmailToken(h.db, tokenIn(verify.text)!, 'verify_email');
    expect(verified.ok).toBe(true);
  });

  it('delivers once when a slow server outlasts the lease and a second worker takes the row, and the first worker’s late outcome changes nothing', async () => {
    const slow = await startSlowSmtp();
    useSmtp(slow.url);
    const u = await newUser('uk');
    await enqueueAccountMail(h.db, { kind: 'reset_password', userId: u.id, to: u.email, locale: 'uk' });
    const second = h.kind === 'postgres' ? await (await import('@/db/client')).openDb({ url: h.url! }) : h;
    const stderr = vi.spyOn(process.stderr, 'write');
    try {
      // Worker A leases the row and waits for the server's reply to DATA.
      const first = processOutbox(h.db, noSms);
      await slow.arrived;
      const [held] = await h.db.select().from(notificationOutbox);
      expect(held).toMatchObject({ status: 'sending', attempts: 1 });
      const leaseA = held!.leaseId!;
      expect(leaseA).toMatch(/^[0-9a-f-]{36}$/);

      // The lease goes stale (simulated), and worker B, in another instance, takes the row and delivers it.
      await elapse(h.db, STALE_CLAIM_SECONDS + 1);
      expect(await processOutbox(second.db, noSms)).toEqual({ sent: 1, failed: 0 });
      const [taken] = await h.db.select().from(notificationOutbox);
      expect(taken).toMatchObject({ status: 'sent', attempts: 2 });
      expect(taken!.leaseId).not.toBe(leaseA);

      // A's send ends now, unaccepted; its outcome is not recorded over B's.
      slow.release();
      expect(await first).toEqual({ sent: 0, failed: 0 });
      const [final] = await h.db.select().from(notificationOutbox);
      expect(final).toEqual(taken);
      // Had A's send been accepted late, its 'sent' would not touch B's lease either.
      expect(await markSent(h.db, { row: held!, leaseId: leaseA } as Lease)).toBe(false);
      expect((await h.db.select().from(notificationOutbox))[0]).toEqual(taken);

      const lines = stderr.mock.calls.map((c) => String(c[0])).filter((l) => l.includes('lease lost'));
      expect(lines.length).toBeGreaterThanOrEqual(2);
      // The log says which notice, never to whom.
      expect(lines.join('')).not.toContain(u.email);

      // No later pass sends it again.
      await elapse(h.db, 3600);
      expect(await drain(h.db)).toEqual({ sent: 0, failed: 0 });
      expect(recipientsOf(slow.received)).toEqual([u.email]);
      // The one mail that arrived carries B's link, which works.
      const used = await consumeEmailToken(h.db, tokenIn(slow.received[0]!.text)!, 'reset_password');
      expect(used).toEqual({ ok: true, userId: u.id });
    } finally {
      stderr.mockRestore();
      if (second !== h) await second.close();
      await slow.close();
    }
  });

  it('marks a notice failed only once it is older than OUTBOX_RETRY_HOURS, and a staff resend retries it again', async () => {
    useSmtp('smtp://127.0.0.1:9');
    const old = await newUser();
    const young = await newUser();
    await enqueueAccountMail(h.db, { kind: 'register_attempt', userId: old.id, to: old.email, locale: 'en' });
    await enqueueAccountMail(h.db, { kind: 'register_attempt', userId: young.id, to: young.email, locale: 'en' });
    // Both have been through the back-off; one was queued 25 hours ago, the other 23.
    await h.db.update(notificationOutbox).set({ attempts: MAX_ATTEMPTS - 1 });
    await h.db.update(notificationOutbox).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(notificationOutbox.ref, old.id));
    await h.db.update(notificationOutbox).set({ createdAt: sql`now() - interval '23 hours'` }).where(eq(notificationOutbox.ref, young.id));
    expect(await drain(h.db)).toEqual({ sent: 0, failed: 2 });
    const rows = await h.db.select().from(notificationOutbox);
    const oldRow = rows.find((r) => r.ref === old.id)!;
    const youngRow = rows.find((r) => r.ref === young.id)!;
    expect(oldRow).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(youngRow).toMatchObject({ status: 'pending', attempts: MAX_ATTEMPTS });
    expect(youngRow.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(15 * 60_000);

    // The setting moves the limit: with 2 hours, a notice 3 hours old is given up.
    process.env.OUTBOX_RETRY_HOURS = '2';
    resetConfigForTests();
    await h.db.update(notificationOutbox).set({ createdAt: sql`now() - interval '3 hours'`, nextAttemptAt: sql`now()` }).where(eq(notificationOutbox.id, youngRow.id));
    expect(await drain(h.db)).toEqual({ sent: 0, failed: 1 });
    expect((await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.id, youngRow.id)))[0]).toMatchObject({ status: 'failed' });
    delete process.env.OUTBOX_RETRY_HOURS;

    // Staff resend: a fresh back-off, so the old notice is not given up on its next failure...
    expect(await resendNotice(h.db, oldRow.id)).toBe(true);
    expect(await drain(h.db)).toEqual({ sent: 0, failed: 1 });
    expect((await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.id, oldRow.id)))[0]).toMatchObject({ status: 'pending', attempts: 1 });
    // ...and it goes once SMTP is back.
    const smtp = await startTestSmtp();
    try {
      useSmtp(smtp.url);
      await h.db.update(notificationOutbox).set({ nextAttemptAt: sql`now()` }).where(eq(notificationOutbox.id, oldRow.id));
      expect(await drain(h.db)).toEqual({ sent: 1, failed: 0 });
    } finally {
      await smtp.close();
    }
    expect(recipientsOf(smtp.received)).toEqual([old.email]);
  });

  it('sends account mails whose links work, while the outbox holds no token', async () => {
    const smtp = await startTestSmtp();
    useSmtp(smtp.url);
    try {
      const applicant = await newUser('ru');
      const staff = await newUser('uk', 'clerk');
      const other = await newUser('pl');
      await enqueueAccountMail(h.db, { kind: 'verify_email', userId: applicant.id, to: applicant.email, locale: 'ru' });
      await enqueueAccountMail(h.db, { kind: 'reset_password', userId: applicant.id, to: applicant.email, locale: 'ru' });
      // Asking twice before the first is sent gives one mail (the second link would cancel the first).
      await enqueueAccountMail(h.db, { kind: 'reset_password', userId: applicant.id, to: applicant.email, locale: 'ru' });
      await enqueueAccountMail(h.db, { kind: 'staff_invite', userId: staff.id, to: staff.email, locale: 'uk' });
      await enqueueAccountMail(h.db, { kind: 'register_attempt', userId: other.id, to: other.email, locale: 'pl' });
      const queued = await h.db.select().from(notificationOutbox);
      expect(queued.map((r) => [r.kind, r.channel, r.ref, r.recipient]).sort()).toEqual(
        [
          ['account_register_attempt', 'email', other.id, other.email],
          ['account_reset_password', 'email', applicant.id, applicant.email],
          ['account_staff_invite', 'email', staff.id, staff.email],
          ['account_verify_email', 'email', applicant.id, applicant.email],
        ].sort(),
      );
      // No token exists before delivery.
      expect(await h.db.select().from(emailTokens).where(inArray(emailTokens.userId, [applicant.id, staff.id]))).toEqual([]);

      expect(await drain(h.db)).toEqual({ sent: 4, failed: 0 });
      expect(smtp.received).toHaveLength(4);
      const bySubject = (locale: 'pl' | 'ru' | 'uk', key: string) => smtp.received.find((m) => m.subject === translatorFor(locale)(key as never))!;
      const verify = bySubject('ru', 'emails.verifyEmail.subject');
      const reset = bySubject('ru', 'emails.resetPassword.subject');
      const invite = bySubject('uk', 'emails.staffInvite.subject');
      const attempt = bySubject('pl', 'emails.registerAttempt.subject');

      expect(verify.text).toContain(`${APP_URL}/ru/verify-email?token=`);
      expect(reset.text).toContain(`${APP_URL}/ru/reset-password?token=`);
      expect(invite.text).toContain(`${APP_URL}/uk/reset-password?token=`);
      const tokens = [tokenIn(verify.text)!, tokenIn(reset.text)!, tokenIn(invite.text)!];
      // Nothing in the outbox could be used as a link.
      const outboxDump = JSON.stringify(await h.db.select().from(notificationOutbox));
      for (const token of tokens) expect(outboxDump).not.toContain(token);

      // The invitation lasts the week the office gives staff; the reset an hour.
      const [inviteToken] = await h.db.select().from(emailTokens).where(eq(emailTokens.userId, staff.id));
      expect(inviteToken!.expiresAt.getTime() - Date.now()).toBeGreaterThan((STAFF_INVITE_TTL_SECONDS - 600) * 1000);
      expect(await consumeEmailToken(h.db, tokens[0]!, 'verify_email')).toEqual({ ok: true, userId: applicant.id });
      expect(await consumeEmailToken(h.db, tokens[1]!, 'reset_password')).toEqual({ ok: true, userId: applicant.id });
      expect(await consumeEmailToken(h.db, tokens[2]!, 'reset_password')).toEqual({ ok: true, userId: staff.id });

      // Someone tried to register with this address: links to sign in and to reset, no token.
      expect(attempt.text).toContain(`${APP_URL}/pl/sign-in`);
      expect(attempt.text).toContain(`${APP_URL}/pl/forgot-password`);
      expect(attempt.text).not.toContain('token=');
    } finally {
      await smtp.close();
    }
  });

  it('sends no account mail to an address the account no longer has, marking it failed as recipient_gone', async () => {
    const smtp = await startTestSmtp();
    useSmtp(smtp.url);
    try {
      const moved = await newUser();
      const gone = await newUser();
      await enqueueAccountMail(h.db, { kind: 'reset_password', userId: moved.id, to: moved.email, locale: 'en' });
      await enqueueAccountMail(h.db, { kind: 'verify_email', userId: gone.id, to: gone.email, locale: 'en' });
      await h.db.update(users).set({ email: `new-${moved.email}` }).where(eq(users.id, moved.id));
      await h.db.delete(users).where(eq(users.id, gone.id));
      expect(await drain(h.db)).toEqual({ sent: 0, failed: 2 });
      const rows = await h.db.select().from(notificationOutbox);
      expect(rows.map((r) => [r.status, r.lastError])).toEqual([
        ['failed', 'recipient_gone'],
        ['failed', 'recipient_gone'],
      ]);
      expect(smtp.received).toHaveLength(0);
      expect(await h.db.select().from(emailTokens).where(eq(emailTokens.userId, moved.id))).toEqual([]);
    } finally {
      await smtp.close();
    }
  });

  it('lets retention erase an account mail’s recipient, after which it cannot be resent', async () => {
    const u = await newUser();
    await enqueueAccountMail(h.db, { kind: 'register_attempt', userId: u.id, to: u.email, locale: 'en' });
    await h.db.update(notificationOutbox).set({ status: 'failed', lastError: 'x', createdAt: sql`now() - interval '100 days'`, nextAttemptAt: sql`now() - interval '100 days'` });
    const counts = await applyRetention(h.db, { reservationDays: 30, outboxDays: 90 });
    expect(counts.outbox).toBe(1);
    const [row] = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.ref, u.id));
    expect(row).toMatchObject({ recipient: '', lastError: null, kind: 'account_register_attempt' });
    expect(await resendNotice(h.db, row!.id)).toBe(false);
  });
});

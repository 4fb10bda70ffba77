import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { auditLog, caseAccountLinks, cases, notificationOutbox, rateLimits, users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { startTestSmtp } from '@/test/smtp';
import { resetConfigForTests } from '@/lib/config';
import type { Actor } from '@/lib/auth/actor';
import { processOutbox } from '@/lib/notifications/outbox';
import type { SmsProvider } from '@/lib/notifications/sms';
import { registerCase, reissueCasePassword } from './registration';
import { authenticateCase, getHolderView, linkCaseToAccount, listLinkedCases, markMessagesRead, updateNotificationSettings } from './holder';
import { addMissingDocument, changeStage, postMessage, resolveMissingDocument, updateMissingDocument } from './handling';
import { changeStageSchema } from './schemas';
import { dashboardStats, listCases } from './list';

const sms: SmsProvider & { sent: { to: string; text: string }[] } = {
  name: 'test',
  sent: [],
  async send(to, text) {
    this.sent.push({ to, text });
  },
};

describe.each(testDatabases)('cases on $name', ({ open }) => {
  let h: DbHandle;
  let clerk: Actor;
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  beforeAll(async () => {
    h = await open();
    smtp = await startTestSmtp();
    process.env.SMTP_URL = smtp.url;
    process.env.APP_URL = 'https://pobyt.duw.example';
    resetConfigForTests();
    const [u] = await h.db.insert(users).values({ email: 'inspektor@duw.test', role: 'clerk' }).returning();
    clerk = { id: u!.id, role: 'clerk', email: u!.email };
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    resetConfigForTests();
    await smtp.close();
    await h?.close();
  });

  const register = (over: object = {}) =>
    registerCase(h.db, clerk, { formNumber: 1, applicantName: 'Olena Kovalenko', contactEmail: 'olena@example.com', contactPhone: '+48600700800', notifyConsent: true, locale: 'uk', ...over });

  it('registers with a readable unique number and a password kept only as a slow hash', async () => {
    const a = await register();
    const b = await register();
    if (!a.ok || !b.ok) throw new Error('registration failed');
    expect(a.number).toMatch(/^WSC-\d{4}-\d{6}$/);
    expect(b.number).not.toBe(a.number);
    const [row] = await h.db.select().from(cases).where(eq(cases.id, a.caseId));
    expect(row?.passwordHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(row)).not.toContain(a.password);
    expect(await authenticateCase(h.db, a.number.toLowerCase(), a.password.replace(/-/g, ' '), '10.1.0.1')).toMatchObject({ ok: true, caseId: a.caseId });
    expect(await authenticateCase(h.db, a.number, b.password, '10.1.0.1')).toEqual({ ok: false, code: 'invalid_credentials' });
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.entityId, a.caseId));
    expect(audit).toMatchObject({ action: 'case.register', actorId: clerk.id });
  });

  it('locks case sign-in after 5 failures, even for the right password, in the database', async () => {
    const c = await register();
    if (!c.ok) throw new Error();
    for (let i = 0; i < 5; i++) await authenticateCase(h.db, c.number, 'AAAA-AAAA-AAAA', `10.2.0.${i}`);
    const right = await authenticateCase(h.db, c.number, c.password, '10.2.1.1');
    expect(right.ok === false && right.code).toBe('locked');
    await h.db.update(rateLimits).set({ lockedUntil: sql`now() - interval '1 second'`, windowStart: sql`now() - interval '1 hour'` });
    expect((await authenticateCase(h.db, c.number, c.password, '10.2.1.1')).ok).toBe(true);
  });

  it('stops the old password working when reception issues a new one', async () => {
    const c = await register();
    if (!c.ok) throw new Error();
    const re = await reissueCasePassword(h.db, { ...clerk, role: 'reception' }, c.caseId);
    if (!re.ok) throw new Error();
    expect((await authenticateCase(h.db, c.number, c.password, '10.3.0.1')).ok).toBe(false);
    expect((await authenticateCase(h.db, c.number, re.password, '10.3.0.1')).ok).toBe(true);
  });

  it('removes the account links made with the old password when a new one is issued', async () => {
    const c = await register();
    if (!c.ok) throw new Error();
    await h.db.insert(caseAccountLinks).values({ caseId: c.caseId, userId: clerk.id });
    const re = await reissueCasePassword(h.db, { ...clerk, role: 'reception' }, c.caseId);
    if (!re.ok) throw new Error();
    expect(await h.db.select().from(caseAccountLinks).where(eq(caseAccountLinks.caseId, c.caseId))).toEqual([]);
  });

  it('allows only the transitions of the stage model, and records each with its note', async () => {
    const c = await register();
    if (!c.ok) throw new Error();
    expect(await changeStage(h.db, clerk, c.caseId, 'decision_granted')).toEqual({ ok: false, fieldErrors: { stage: 'stage_not_allowed' } });
    expect(await changeStage(h.db, clerk, c.caseId, 'formal_check', 'Wniosek kompletny')).toEqual({ ok: true });
    const view = await getHolderView(h.db, c.caseId);
    expect(view?.case.stage).toBe('formal_check');
    expect(view?.timeline.map((e) => e.stage)).toEqual(['registered', 'formal_check']);
  });

  it('a standard missing document is stored by kind with its Polish wording; free text stays as written', async () => {
    const c = await register();
    if (!c.ok) throw new Error();
    expect(await addMissingDocument(h.db, clerk, c.caseId, { kind: 'health_insurance', remark: 'Na cały okres pobytu' })).toEqual({ ok: true });
    expect(await addMissingDocument(h.db, clerk, c.caseId, { title: 'Zaświadczenie o niezaleganiu z podatkami' })).toEqual({ ok: true });
    expect(await addMissingDocument(h.db, clerk, c.caseId, { kind: '', title: '  ' })).toEqual({ ok: false, fieldErrors: { title: 'required' } });
    const view = await getHolderView(h.db, c.caseId);
    expect(view?.missing).toMatchObject([
      { kind: 'health_insurance', title: 'Dokument potwierdzający ubezpieczenie zdrowotne', remark: 'Na cały okres pobytu' },
      { kind: null, title: 'Zaświadczenie o niezaleganiu z podatkami' },
    ]);
    // Editing a free-text entry into a standard one changes its kind and wording.
    expect(await updateMissingDocument(h.db, clerk, c.caseId, view!.missing[1]!.id, { kind: 'photo' })).toEqual({ ok: true });
    expect((await getHolderView(h.db, c.caseId))?.missing[1]).toMatchObject({ kind: 'photo', title: 'Aktualna fotografia o wymiarach 35 × 45 mm' });
  });

  it('a summons stage needs the day to answer by, which the holder sees with the stage', async () => {
    const c = await register();
    if (!c.ok) throw new Error();
    const base = { caseId: c.caseId, stage: 'summons_formal_defects' as const };
    expect(changeStageSchema.safeParse(base).error?.issues[0]).toMatchObject({ path: ['dueDate'], message: 'required' });
    expect(changeStageSchema.safeParse({ ...base, dueDate: '2020-01-01' }).error?.issues[0]).toMatchObject({ path: ['dueDate'], message: 'date_not_future' });
    expect(changeStageSchema.safeParse({ ...base, dueDate: '2099-02-31' }).error?.issues[0]).toMatchObject({ path: ['dueDate'], message: 'date_invalid' });
    // Other stages carry no deadline even if one is sent.
    expect(changeStageSchema.parse({ caseId: c.caseId, stage: 'formal_check', dueDate: '2099-01-10' }).dueDate).toBeUndefined();
    const input = changeStageSchema.parse({ ...base, dueDate: '2099-01-10' });
    expect(await changeStage(h.db, clerk, c.caseId, 'formal_check')).toEqual({ ok: true });
    expect(await changeStage(h.db, clerk, c.caseId, input.stage, input.note, input.dueDate)).toEqual({ ok: true });
    const view = await getHolderView(h.db, c.caseId);
    expect(view?.timeline.at(-1)).toMatchObject({ stage: 'summons_formal_defects', dueDate: '2099-01-10' });
  });

  it('shows the holder no name or contact data, and marks messages read when seen', async () => {
    const c = await register();
    if (!c.ok) throw new Error();
    await addMissingDocument(h.db, clerk, c.caseId, { title: 'Umowa o pracę', remark: 'Kopia poświadczona' });
    await postMessage(h.db, clerk, c.caseId, 'Proszę dostarczyć umowę.');
    const view = await getHolderView(h.db, c.caseId);
    const json = JSON.stringify(view);
    expect(json).not.toContain('Kovalenko');
    expect(json).not.toContain('olena@example.com');
    expect(json).not.toContain('600700800');
    expect(view?.missing).toMatchObject([{ title: 'Umowa o pracę', remark: 'Kopia poświadczona' }]);
    expect(view?.messages[0]).toMatchObject({ body: 'Proszę dostarczyć umowę.', readAt: null });
    await markMessagesRead(h.db, c.caseId);
    expect((await getHolderView(h.db, c.caseId))?.messages[0]?.readAt).not.toBeNull();
    const docId = view!.missing[0]!.id;
    await resolveMissingDocument(h.db, clerk, c.caseId, docId);
    expect((await getHolderView(h.db, c.caseId))?.missing).toEqual([]);
  });

  it('queues notices in the change’s transaction, only on the channels the holder keeps', async () => {
    const c = await register({ contactEmail: 'notice@example.com', contactPhone: '+48600111222' });
    if (!c.ok) throw new Error();
    await updateNotificationSettings(h.db, c.caseId, { sms: false, email: true });
    await changeStage(h.db, clerk, c.caseId, 'formal_check');
    const queued = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.caseId, c.caseId));
    expect(queued.map((q) => [q.channel, q.kind, q.status])).toEqual([['email', 'stage_changed', 'pending']]);
    const refused = await changeStage(h.db, clerk, c.caseId, 'card_ready');
    expect(refused.ok).toBe(false);
    expect(await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.caseId, c.caseId))).toHaveLength(1);
    const noConsent = await register({ notifyConsent: false });
    if (!noConsent.ok) throw new Error();
    await changeStage(h.db, clerk, noConsent.caseId, 'formal_check');
    expect(await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.caseId, noConsent.caseId))).toEqual([]);
  });

  it('delivers queued notices by SMTP and SMS with no personal data, keeps them while SMTP is stopped, and delivers after restart', async () => {
    await processOutbox(h.db, sms); // drain what earlier tests queued
    // A second real SMTP server on its own port, stopped and started again on that port.
    const mailbox = await startTestSmtp();
    process.env.SMTP_URL = mailbox.url;
    resetConfigForTests();
    const c = await register({ contactEmail: 'retry@example.com', contactPhone: '+48600333444' });
    if (!c.ok) throw new Error();
    await mailbox.close();
    await changeStage(h.db, clerk, c.caseId, 'formal_check');

    // SMTP stopped: the e-mail stays queued with a back-off; the SMS goes.
    expect(await processOutbox(h.db, sms)).toEqual({ sent: 1, failed: 1 });
    const [pending] = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.recipient, 'retry@example.com'));
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending?.lastError).toBeTruthy();
    // Not due yet: nothing is sent before the back-off ends.
    expect(await processOutbox(h.db, sms)).toEqual({ sent: 0, failed: 0 });

    // The same server comes back on the same port; the retry time arrives.
    const restarted = await startTestSmtp(mailbox.port, mailbox.received);
    try {
      await h.db.update(notificationOutbox).set({ nextAttemptAt: sql`now()` }).where(eq(notificationOutbox.id, pending!.id));
      expect(await processOutbox(h.db, sms)).toEqual({ sent: 1, failed: 0 });
      expect(await processOutbox(h.db, sms)).toEqual({ sent: 0, failed: 0 });
    } finally {
      await restarted.close();
      process.env.SMTP_URL = smtp.url;
      resetConfigForTests();
    }

    const mail = restarted.received.filter((m) => JSON.stringify(m.to).includes('retry@example.com'));
    expect(mail).toHaveLength(1);
    const text = `${mail[0]!.subject} ${mail[0]!.text}`;
    expect(text).toContain('https://pobyt.duw.example/uk/case');
    expect(text).not.toContain(c.number);
    expect(text).not.toMatch(new RegExp(c.number.split('-')[2]!));
    expect(text).not.toContain('Kovalenko');
    const smsText = sms.sent.find((s) => s.to === '+48600333444')!.text;
    expect(smsText).not.toContain(c.number.split('-')[2]!);
  });

  it('lets a holder-side action touch only the holder’s own case', async () => {
    const mine = await register();
    const theirs = await register();
    if (!mine.ok || !theirs.ok) throw new Error();
    const { caseForHolderAction } = await import('./access');
    // Signed in with a case number: the session's case, whatever id is sent.
    expect(await caseForHolderAction(h.db, { caseId: mine.caseId, userId: null }, theirs.caseId)).toBe(mine.caseId);
    // Signed in with an account: only a linked case.
    const [u] = await h.db.insert(users).values({ email: `acc-${Date.now()}@example.com`, role: 'applicant' }).returning();
    await linkCaseToAccount(h.db, { ...u!, clientAddress: '10.5.0.1' }, mine.number, mine.password);
    expect(await caseForHolderAction(h.db, { caseId: null, userId: u!.id }, mine.caseId)).toBe(mine.caseId);
    expect(await caseForHolderAction(h.db, { caseId: null, userId: u!.id }, theirs.caseId)).toBeNull();
    expect(await caseForHolderAction(h.db, { caseId: null, userId: null }, mine.caseId)).toBeNull();
  });

  it('marks a notice failed after the last attempt, and staff can queue it again', async () => {
    const c = await register({ contactEmail: 'fail@example.com', contactPhone: null });
    if (!c.ok) throw new Error();
    await changeStage(h.db, clerk, c.caseId, 'formal_check');
    process.env.SMTP_URL = 'smtp://127.0.0.1:9';
    resetConfigForTests();
    // Given up only after the back-off and once older than OUTBOX_RETRY_HOURS (24 h by default).
    await h.db.update(notificationOutbox).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(notificationOutbox.recipient, 'fail@example.com'));
    for (let i = 0; i < 6; i++) {
      await h.db.update(notificationOutbox).set({ nextAttemptAt: sql`now()` }).where(eq(notificationOutbox.recipient, 'fail@example.com'));
      await processOutbox(h.db, sms);
    }
    process.env.SMTP_URL = smtp.url;
    resetConfigForTests();
    const [row] = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.recipient, 'fail@example.com'));
    expect(row).toMatchObject({ status: 'failed', attempts: 6 });
    const { resendNotice } = await import('@/lib/notifications/outbox');
    expect(await resendNotice(h.db, row!.id)).toBe(true);
    expect(await processOutbox(h.db, sms)).toEqual({ sent: 1, failed: 0 });
  });

  it('lets an applicant link a case with its number and password', async () => {
    const c = await register();
    if (!c.ok) throw new Error();
    const [u] = await h.db.insert(users).values({ email: 'olena.account@example.com', role: 'applicant' }).returning();
    const applicant = { ...u!, clientAddress: '10.4.0.1' };
    expect(await linkCaseToAccount(h.db, applicant, c.number, 'WRONG-PASS-WORD')).toEqual({ ok: false, formError: 'case_credentials' });
    expect(await linkCaseToAccount(h.db, applicant, c.number, c.password)).toEqual({ ok: true, caseId: c.caseId });
    expect(await linkCaseToAccount(h.db, applicant, c.number, c.password)).toEqual({ ok: true, caseId: c.caseId });
    expect((await listLinkedCases(h.db, u!.id)).map((x) => x.number)).toEqual([c.number]);
    // The auditor sees who linked which case, once, with the address it came from.
    const audited = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'case.link_account'), eq(auditLog.entityId, c.caseId)));
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actorId: u!.id, clientAddress: '10.4.0.1', after: { userId: u!.id } });
  });

  it('finds a case by its number (or part of it) and by the applicant’s name, ignoring case and LIKE wildcards', async () => {
    const c = await register({ applicantName: 'Mykola Szewczenko-Test' });
    if (!c.ok) throw new Error();
    expect((await listCases(h.db, { q: c.number })).rows.map((r) => r.id)).toEqual([c.caseId]);
    expect((await listCases(h.db, { q: c.number.slice(-6) })).rows.map((r) => r.id)).toContain(c.caseId);
    expect((await listCases(h.db, { q: 'szewczenko-test' })).rows.map((r) => r.id)).toEqual([c.caseId]);
    expect((await listCases(h.db, { q: '%' })).total).toBe(0);
    expect((await listCases(h.db, { q: 'no such person at all' })).total).toBe(0);
  });

  it('lists cases with filters and paging, and counts them per stage for the dashboard', async () => {
    const list = await listCases(h.db, { stage: 'formal_check' });
    expect(list.total).toBeGreaterThan(0);
    expect(list.rows.every((r) => r.stage === 'formal_check')).toBe(true);
    const later = new Date(Date.now() + 200 * 86_400_000);
    const overdue = await listCases(h.db, { overdue: true }, 1, later);
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.rows.every((r) => r.limit.overdue)).toBe(true);
    const stats = await dashboardStats(h.db);
    expect(stats.perStage.find((s) => s.stage === 'formal_check')?.cases).toBe(list.total);
    expect(stats.open).toBeGreaterThan(0);
    expect(stats.averageDays.find((s) => s.stage === 'registered')?.spans).toBeGreaterThan(0);
  });
});

describe.each(testDatabases.filter((d) => d.name === 'postgres'))('notification workers on $name', ({ open }) => {
  it('never send a notice twice when two workers run at once, and lose none', async () => {
    const h = await open();
    try {
      const smtp = await startTestSmtp();
      process.env.SMTP_URL = smtp.url;
      resetConfigForTests();
      const [u] = await h.db.insert(users).values({ email: 'w@duw.test', role: 'clerk' }).returning();
      const clerk: Actor = { id: u!.id, role: 'clerk', email: u!.email };
      // Registered side by side: each case password is a slow hash, and Node runs four at once.
      await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const c = await registerCase(h.db, clerk, { formNumber: 1, applicantName: 'X', contactEmail: `w${i}@example.com`, contactPhone: null, notifyConsent: true, locale: 'pl' });
          if (!c.ok) throw new Error();
          await changeStage(h.db, clerk, c.caseId, 'formal_check');
        }),
      );
      // A second connection pool on the same database: a worker in another instance.
      const { openDb } = await import('@/db/client');
      const second = await openDb({ url: h.url! });
      const counting: SmsProvider = { name: 'none', send: async () => {} };
      const runs = await Promise.all([0, 1, 2, 3].map((i) => processOutbox(i % 2 ? second.db : h.db, counting)));
      let total = runs.reduce((s, r) => s + r.sent, 0);
      while (true) {
        const more = await processOutbox(h.db, counting);
        if (!more.sent) break;
        total += more.sent;
      }
      await second.close();
      await smtp.close();
      expect(total).toBe(40);
      expect(smtp.received).toHaveLength(40);
      expect(new Set(smtp.received.map((m) => JSON.stringify(m.to))).size).toBe(40);
      const rows = await h.db.select().from(notificationOutbox);
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    } finally {
      delete process.env.SMTP_URL;
      resetConfigForTests();
      await h.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { applications, auditLog, enquiries, enquiryEntries, notificationOutbox, users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { startTestSmtp } from '@/test/smtp';
import { resetConfigForTests } from '@/lib/config';
import type { Actor } from '@/lib/auth/actor';
import { processOutbox } from '@/lib/notifications/outbox';
import { createChallenge } from '@/lib/security/pow';
import { solveChallenge } from '@/lib/security/pow-solver';
import { warsawDate } from '@/lib/calendar/dates';
import { enquiryDeadline } from './deadline';
import { submitEnquirySchema, type SubmitEnquiryInput } from './schemas';
import { confirmEnquiry, getSenderView, listOwnEnquiries, submitEnquiry, writeAgain, type SubmitContext } from './sender';
import { addEnquiryNote, assignEnquiry, closeEnquiry, getStaffEnquiry, listEnquiries, replyToEnquiry } from './staff';
import { listRegister, registerCsv } from './register';

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = 'test-secret-for-enquiries-0123456789-abcdef';
  process.env.POW_MAX_NUMBER = '500';
  process.env.APP_URL = 'https://pobyt.duw.example';
  resetConfigForTests();
});

const pow = async () => (await solveChallenge(createChallenge('enquiry')))!;
const tokenIn = (text: string) => /enquiries\/view\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

describe.each(testDatabases)('enquiries on $name', ({ open }) => {
  let h: DbHandle;
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  let clerk: Actor;
  let clerk2: Actor;
  let applicant: Actor;
  let n = 0;
  // Each submission comes from its own client address unless a test says otherwise.
  const anon = (over: Partial<SubmitContext> = {}): SubmitContext => ({ actor: null, clientAddress: `10.9.0.${++n}`, locale: 'uk', ...over });
  const input = async (over: Partial<Record<keyof SubmitEnquiryInput, unknown>> = {}): Promise<SubmitEnquiryInput> =>
    submitEnquirySchema.parse({ kind: 'complaint', topic: 'temporary-residence', caseRef: '', message: 'Чому так довго?', email: `olha${++n}@example.com`, consent: true, pow: await pow(), ...over });
  const mailsTo = (to: string) => smtp.received.filter((m) => JSON.stringify(m.to).includes(to));

  /** Submits anonymously, delivers the confirmation e-mail and returns its token. */
  async function submitAndMail(over: Parameters<typeof input>[0] = {}, ctx: Partial<SubmitContext> = {}) {
    const i = await input(over);
    const r = await submitEnquiry(h.db, i, anon(ctx));
    if (!r.ok) throw new Error(JSON.stringify(r));
    await processOutbox(h.db);
    const mail = mailsTo(i.email).at(-1)!;
    return { id: r.enquiryId, email: i.email, token: tokenIn(mail.text ?? '')!, mail };
  }

  beforeAll(async () => {
    h = await open();
    smtp = await startTestSmtp();
    process.env.SMTP_URL = smtp.url;
    resetConfigForTests();
    const [c1, c2, a] = await h.db
      .insert(users)
      .values([
        { email: 'urzednik1@duw.test', role: 'clerk' },
        { email: 'urzednik2@duw.test', role: 'clerk' },
        { email: 'anna@example.com', role: 'applicant', emailVerifiedAt: new Date() },
      ])
      .returning();
    clerk = { id: c1!.id, role: 'clerk', email: c1!.email };
    clerk2 = { id: c2!.id, role: 'clerk', email: c2!.email };
    applicant = { id: a!.id, role: 'applicant', email: a!.email };
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    resetConfigForTests();
    await smtp?.close();
    await h?.close();
  });

  it('goes through a whole life: unconfirmed and unseen, confirmed, assigned, answered, noted, reopened, closed', async () => {
    const html = '<script>alert(1)</script>\n**не markdown** <b>текст</b>';
    const { id, email, token, mail } = await submitAndMail({ message: html });
    // Until the sender confirms, staff do not see it and it has no number.
    expect(await getStaffEnquiry(h.db, id)).toBeNull();
    expect((await listEnquiries(h.db, {})).rows.map((r) => r.id)).not.toContain(id);
    expect(mail.subject).toBe('Підтвердьте надсилання повідомлення до управління');
    expect(mail.text).toContain('https://pobyt.duw.example/uk/enquiries/view?token=');
    expect(mail.text).not.toContain('Чому');
    expect(token).toBeTruthy();
    // Only the hash of the token is stored, and the outbox holds no link.
    const [outbox] = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.ref, id));
    expect(JSON.stringify(outbox)).not.toContain(token);
    expect(await writeAgain(h.db, { token }, 'ще', null)).toEqual({ ok: false, formError: 'enquiry_unconfirmed' });

    const confirmed = await confirmEnquiry(h.db, token);
    expect(confirmed.ok && confirmed.number).toMatch(/^Z-\d{4}-\d{6}$/);
    // A second click changes nothing.
    expect(await confirmEnquiry(h.db, token)).toEqual(confirmed);
    const staffView = (await getStaffEnquiry(h.db, id))!;
    expect(staffView).toMatchObject({ status: 'new', email, locale: 'uk', kind: 'complaint' });
    expect(staffView.deadline).toBe(enquiryDeadline(warsawDate(staffView.receivedAt!)));
    // Stored as typed: the pages render it as text.
    expect(staffView.entries[0]!.body).toBe(html);

    expect(await assignEnquiry(h.db, clerk, id, clerk.id)).toEqual({ ok: true });
    expect((await getStaffEnquiry(h.db, id))!.status).toBe('assigned');
    expect(await addEnquiryNote(h.db, clerk, id, 'Sprawdzić w systemie: opóźnienie opinii SG')).toEqual({ ok: true });
    expect(await replyToEnquiry(h.db, clerk, id, 'Odpowiedź urzędu: sprawa czeka na opinię.')).toEqual({ ok: true });
    expect((await getStaffEnquiry(h.db, id))!.status).toBe('answered');

    // The reply e-mail: in Ukrainian, only that a reply waits, with a fresh link; no reply text.
    await processOutbox(h.db);
    const reply = mailsTo(email).at(-1)!;
    expect(reply.subject).toBe('На вас чекає відповідь управління');
    expect(reply.text).not.toContain('opinię');
    const replyToken = tokenIn(reply.text ?? '')!;
    expect(replyToken).not.toBe(token);

    const sender = (await getSenderView(h.db, { token: replyToken }))!;
    expect(sender.status).toBe('answered');
    expect(sender.entries.map((e) => e.kind)).toEqual(['sender', 'reply']);
    expect(JSON.stringify(sender)).not.toContain('opóźnienie opinii SG');
    expect(JSON.stringify(sender)).not.toContain('urzednik1');

    expect(await writeAgain(h.db, { token: replyToken }, 'Дякую, але маю ще питання.', null)).toEqual({ ok: true });
    expect((await getStaffEnquiry(h.db, id))!.status).toBe('reopened');
    expect(await closeEnquiry(h.db, clerk, id)).toEqual({ ok: true });
    expect((await getStaffEnquiry(h.db, id))!.status).toBe('closed');
    expect(await replyToEnquiry(h.db, clerk, id, 'Po zamknięciu')).toEqual({ ok: false, formError: 'enquiry_closed' });
    expect(await writeAgain(h.db, { token }, 'Ще одне питання.', null)).toEqual({ ok: true });
    expect((await getStaffEnquiry(h.db, id))!.status).toBe('reopened');

    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((a) => `${a.action}:${a.actorId ?? '-'}`);
    for (const a of ['enquiry.assign', 'enquiry.note', 'enquiry.reply', 'enquiry.close']) expect(actions).toContain(`${a}:${clerk.id}`);
  });

  it('keeps both replies when two clerks answer at once, with one consistent status and one e-mail', async () => {
    const { id, token } = await submitAndMail();
    await confirmEnquiry(h.db, token);
    await processOutbox(h.db);
    const results = await Promise.all([replyToEnquiry(h.db, clerk, id, 'Odpowiedź pierwsza'), replyToEnquiry(h.db, clerk2, id, 'Odpowiedź druga')]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    const e = (await getStaffEnquiry(h.db, id))!;
    expect(e.status).toBe('answered');
    expect(e.entries.filter((x) => x.kind === 'reply').map((x) => x.body).sort()).toEqual(['Odpowiedź druga', 'Odpowiedź pierwsza']);
    expect([clerk.id, clerk2.id]).toContain(e.assignedTo);
    expect(e.firstAnsweredAt).toBeTruthy();
    const pending = await h.db
      .select()
      .from(notificationOutbox)
      .where(and(eq(notificationOutbox.ref, id), eq(notificationOutbox.kind, 'enquiry_reply'), eq(notificationOutbox.status, 'pending')));
    expect(pending).toHaveLength(1);
  });

  it('gives concurrent confirmations distinct numbers from one yearly sequence', async () => {
    const items = [];
    for (let i = 0; i < 5; i++) items.push(await submitAndMail());
    const numbers = await Promise.all(items.map((i) => confirmEnquiry(h.db, i.token)));
    const got = numbers.map((r) => (r.ok ? r.number : ''));
    expect(new Set(got).size).toBe(5);
    for (const g of got) expect(g).toMatch(new RegExp(`^Z-${warsawDate(new Date()).slice(0, 4)}-\\d{6}$`));
  });

  it('lets nobody but staff and the sender reach an item', async () => {
    const a = await submitAndMail();
    const b = await submitAndMail();
    await confirmEnquiry(h.db, a.token);
    await confirmEnquiry(h.db, b.token);
    // A's token opens A only.
    expect((await getSenderView(h.db, { token: a.token }))!.id).toBe(a.id);
    expect((await getSenderView(h.db, { token: b.token }))!.id).toBe(b.id);
    expect(await getSenderView(h.db, { token: `${a.token.slice(0, -2)}xx` })).toBeNull();
    expect(await getSenderView(h.db, { token: 'x'.repeat(43) })).toBeNull();
    expect(await writeAgain(h.db, { token: 'y'.repeat(43) }, 'cudze', null)).toEqual({ ok: false, formError: 'enquiry_link_invalid' });
    expect(await confirmEnquiry(h.db, 'z'.repeat(43))).toEqual({ ok: false, formError: 'enquiry_link_invalid' });

    // An account sees its own items by id, and another item's id is not found.
    const own = await submitEnquiry(h.db, await input({ email: 'ignored@example.com' }), anon({ actor: applicant }));
    if (!own.ok) throw new Error(JSON.stringify(own));
    expect(own.confirmed).toBe(true);
    expect((await getSenderView(h.db, { id: own.enquiryId, userId: applicant.id }))!.id).toBe(own.enquiryId);
    expect(await getSenderView(h.db, { id: a.id, userId: applicant.id })).toBeNull();
    expect(await getSenderView(h.db, { id: own.enquiryId, userId: clerk.id })).toBeNull();
    expect(await writeAgain(h.db, { id: a.id, userId: applicant.id }, 'cudze', applicant)).toEqual({ ok: false, formError: 'not_found' });
    expect((await listOwnEnquiries(h.db, applicant.id)).map((e) => e.id)).toEqual([own.enquiryId]);
    const entriesOfA = await h.db.select().from(enquiryEntries).where(eq(enquiryEntries.enquiryId, a.id));
    expect(entriesOfA.map((e) => e.body)).not.toContain('cudze');

    // Staff actions on an unconfirmed item, or a made-up id, find nothing.
    const hidden = await submitAndMail();
    for (const r of [
      await assignEnquiry(h.db, clerk, hidden.id, clerk.id),
      await replyToEnquiry(h.db, clerk, hidden.id, 'x'),
      await addEnquiryNote(h.db, clerk, hidden.id, 'x'),
      await closeEnquiry(h.db, clerk, hidden.id),
      await replyToEnquiry(h.db, clerk, '00000000-0000-4000-8000-000000000000', 'x'),
    ])
      expect(r).toEqual({ ok: false, formError: 'not_found' });
    expect(await getStaffEnquiry(h.db, 'not-a-uuid')).toBeNull();
  });

  it('uses a verified account’s address and checks that the named case or application is the sender’s', async () => {
    const [mine] = await h.db.insert(applications).values({ ownerId: applicant.id, formNumber: 1, code: 'W-ACDE-FGHJ', status: 'submitted' }).returning();
    const ok = await submitEnquiry(h.db, await input({ caseRef: 'w-acde-fghj', email: 'someone.else@example.com' }), anon({ actor: applicant }));
    if (!ok.ok) throw new Error(JSON.stringify(ok));
    const [row] = await h.db.select().from(enquiries).where(eq(enquiries.id, ok.enquiryId));
    expect(row).toMatchObject({ email: 'anna@example.com', caseRef: mine!.code, refVerified: true, status: 'new' });
    const before = await h.db.select({ n: sql<number>`count(*)::int` }).from(enquiries);
    expect(await submitEnquiry(h.db, await input({ caseRef: 'W-KMNP-QRTU' }), anon({ actor: applicant }))).toEqual({ ok: false, fieldErrors: { caseRef: 'reference_not_yours' } });
    expect(await submitEnquiry(h.db, await input({ caseRef: 'WSC-2026-000001' }), anon({ actor: applicant }))).toEqual({ ok: false, fieldErrors: { caseRef: 'reference_not_yours' } });
    expect(await h.db.select({ n: sql<number>`count(*)::int` }).from(enquiries)).toEqual(before);
  });

  it('refuses a forged, replayed or missing proof of work, and too many messages, changing nothing', async () => {
    const count = async () => (await h.db.select({ n: sql<number>`count(*)::int` }).from(enquiries))[0]!.n;
    const before = await count();
    const solved = await pow();
    const s = JSON.parse(Buffer.from(solved, 'base64').toString());
    const forged = Buffer.from(JSON.stringify({ ...s, number: s.number + 1 })).toString('base64');
    expect(await submitEnquiry(h.db, await input({ pow: forged }), anon())).toEqual({ ok: false, formError: 'pow_invalid' });
    expect(await submitEnquiry(h.db, { ...(await input()), pow: undefined }, anon())).toEqual({ ok: false, formError: 'pow_missing' });
    expect((await submitEnquiry(h.db, await input({ pow: solved }), anon())).ok).toBe(true);
    expect(await submitEnquiry(h.db, await input({ pow: solved }), anon())).toEqual({ ok: false, formError: 'pow_replayed' });
    expect(await count()).toBe(before + 1);

    // Five from one address in an hour, then refused; another address still works.
    const email = 'flood@example.com';
    for (let i = 0; i < 5; i++) expect((await submitEnquiry(h.db, await input({ email }), anon())).ok).toBe(true);
    expect(await submitEnquiry(h.db, await input({ email }), anon())).toEqual({ ok: false, formError: 'enquiry_rate_limited' });
    for (let i = 0; i < 10; i++) expect((await submitEnquiry(h.db, await input(), anon({ clientAddress: '10.66.0.1' }))).ok).toBe(true);
    expect(await submitEnquiry(h.db, await input(), anon({ clientAddress: '10.66.0.1' }))).toEqual({ ok: false, formError: 'enquiry_rate_limited' });
    expect(await count()).toBe(before + 16);
  });

  it('refuses an over-long message in the database too', async () => {
    const { id } = await submitAndMail();
    await expect(h.db.insert(enquiryEntries).values({ enquiryId: id, kind: 'sender', body: 'a'.repeat(5001) })).rejects.toThrow();
  });

  it('keeps the notices in the outbox while SMTP is down and delivers them after it comes back', async () => {
    await processOutbox(h.db);
    const mailbox = await startTestSmtp();
    process.env.SMTP_URL = mailbox.url;
    resetConfigForTests();
    await mailbox.close();
    try {
      const i = await input({ email: 'down@example.com' });
      const r = await submitEnquiry(h.db, i, anon());
      if (!r.ok) throw new Error();
      expect(await processOutbox(h.db)).toEqual({ sent: 0, failed: 1 });
      const [row] = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.ref, r.enquiryId));
      expect(row).toMatchObject({ status: 'pending', attempts: 1, kind: 'enquiry_confirm_email' });
      expect(await processOutbox(h.db)).toEqual({ sent: 0, failed: 0 });

      const restarted = await startTestSmtp(mailbox.port, mailbox.received);
      try {
        await h.db.update(notificationOutbox).set({ nextAttemptAt: sql`now()` }).where(eq(notificationOutbox.id, row!.id));
        expect(await processOutbox(h.db)).toEqual({ sent: 1, failed: 0 });
      } finally {
        await restarted.close();
      }
      const got = restarted.received.filter((m) => JSON.stringify(m.to).includes('down@example.com'));
      expect(got).toHaveLength(1);
      // The link from the late e-mail works.
      const token = tokenIn(got[0]!.text ?? '')!;
      expect((await confirmEnquiry(h.db, token)).ok).toBe(true);
    } finally {
      process.env.SMTP_URL = smtp.url;
      resetConfigForTests();
    }
  });

  it('shows overdue complaints and exports the register of complaints and motions', async () => {
    const received = new Date('2026-01-31T10:00:00Z');
    const c = await submitEnquiry(h.db, await input({ kind: 'complaint', message: '=cmd|calc' }), anon({ actor: applicant, now: received }));
    const q = await submitEnquiry(h.db, await input({ kind: 'enquiry' }), anon({ actor: applicant, now: received }));
    if (!c.ok || !q.ok) throw new Error();
    const [row] = await h.db.select().from(enquiries).where(eq(enquiries.id, c.enquiryId));
    expect(row!.deadline).toBe('2026-03-02');
    expect(row!.number).toMatch(/^Z-2026-\d{6}$/);
    const [plain] = await h.db.select().from(enquiries).where(eq(enquiries.id, q.enquiryId));
    expect(plain!.deadline).toBeNull();

    const onDeadline = await listEnquiries(h.db, { overdue: true }, 1, new Date('2026-03-02T20:00:00Z'));
    expect(onDeadline.rows.map((r) => r.id)).not.toContain(c.enquiryId);
    const after = await listEnquiries(h.db, { overdue: true, kind: 'complaint' }, 1, new Date('2026-03-03T09:00:00Z'));
    expect(after.rows.map((r) => r.id)).toContain(c.enquiryId);
    expect(after.rows.find((r) => r.id === c.enquiryId)!.overdue).toBe(true);
    expect(after.rows.map((r) => r.id)).not.toContain(q.enquiryId);

    const filtered = await listEnquiries(h.db, { kind: 'enquiry', locale: 'uk', assignedTo: 'none', status: 'new' });
    expect(filtered.rows.map((r) => r.id)).toContain(q.enquiryId);
    expect(filtered.rows.every((r) => r.kind === 'enquiry' && r.locale === 'uk' && r.assignee === null && r.status === 'new')).toBe(true);

    const rows = await listRegister(h.db, '2026-01-31', '2026-01-31');
    expect(rows.map((r) => r.number)).toEqual([row!.number]);
    const csv = registerCsv(rows, 'pl');
    expect(csv.startsWith('\uFEFF"Numer","Rodzaj","Data wpływu"')).toBe(true);
    expect(csv).toContain(`"${row!.number}","Skarga","2026-01-31 11:00","anna@example.com"`);
    expect(csv).toContain('"\'=cmd|calc"');
    expect(csv).toContain('"2026-03-02"');
    expect(await listRegister(h.db, '2026-02-01', '2026-02-28')).toEqual([]);
  });
});

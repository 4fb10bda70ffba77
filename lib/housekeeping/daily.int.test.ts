import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { enquiries, enquiryEntries, powSpent } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { resetConfigForTests } from '@/lib/config';
import { listOutbox } from '@/lib/notifications/outbox-files';
import { sendMail } from '@/lib/notifications/mailer';
import { LogSmsProvider } from '@/lib/notifications/sms';
import { housekeeping } from './daily';

const DAY = 24 * 60 * 60 * 1000;

describe.each(testDatabases)('daily housekeeping on $name', ({ open }) => {
  let h: DbHandle;
  let outboxDir: string;
  const saved = { OUTBOX_DIR: process.env.OUTBOX_DIR, SMTP_URL: process.env.SMTP_URL };
  beforeAll(async () => {
    h = await open();
    // The job prunes the outbox folder: never the checkout's own .data/outbox.
    outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pobyt-housekeeping-'));
    process.env.OUTBOX_DIR = outboxDir;
    delete process.env.SMTP_URL;
    resetConfigForTests();
  });
  afterAll(async () => {
    await h?.close();
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
    resetConfigForTests();
    fs.rmSync(outboxDir, { recursive: true, force: true });
  });

  it('drops spent proofs past expiry and unconfirmed enquiries past their window, and nothing else', async () => {
    await h.db.insert(powSpent).values([
      { signature: 'a'.repeat(64), expiresAt: sql`now() - interval '1 minute'` },
      { signature: 'b'.repeat(64), expiresAt: sql`now() + interval '5 minutes'` },
    ]);
    const item = (status: 'unconfirmed' | 'new', age: string, email: string) => ({
      kind: 'enquiry' as const,
      topic: 'other',
      locale: 'pl' as const,
      email,
      status,
      consentAt: sql`now() - ${age}::interval`,
      createdAt: sql`now() - ${age}::interval`,
    });
    const rows = await h.db
      .insert(enquiries)
      .values([item('unconfirmed', '8 days', 'old@example.com'), item('unconfirmed', '2 days', 'recent@example.com'), item('new', '30 days', 'confirmed@example.com')])
      .returning({ id: enquiries.id, email: enquiries.email });
    await h.db.insert(enquiryEntries).values(rows.map((r) => ({ enquiryId: r.id, kind: 'sender' as const, body: 'Dzień dobry' })));

    expect(await housekeeping(h.db)).toMatchObject({ enquiries: 1 });
    expect((await h.db.select({ s: powSpent.signature }).from(powSpent)).map((r) => r.s)).toEqual(['b'.repeat(64)]);
    expect((await h.db.select({ e: enquiries.email }).from(enquiries)).map((r) => r.e).sort()).toEqual(['confirmed@example.com', 'recent@example.com']);
    expect(await h.db.select().from(enquiryEntries)).toHaveLength(2);
    // Running again (another worker, the next day) finds nothing more.
    expect(await housekeeping(h.db)).toMatchObject({ enquiries: 0 });
  });

  it('deletes outbox mail files and SMS log lines older than RETENTION_OUTBOX_DAYS (default 90), and keeps newer ones', async () => {
    const sms = new LogSmsProvider();
    // Written through the real mailer and SMS log, at a past time, so the formats the job reads are the ones the app writes.
    const at = async (daysAgo: number, write: () => Promise<void>) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() - daysAgo * DAY);
      try {
        await write();
      } finally {
        vi.useRealTimers();
      }
    };
    const mailAged = async (to: string, daysAgo: number) => {
      const before = new Set(fs.readdirSync(outboxDir));
      await at(daysAgo, () => sendMail({ to, subject: 'Zmiana etapu sprawy', text: `Dzień dobry, ${to}` }));
      const name = fs.readdirSync(outboxDir).find((n) => !before.has(n))!;
      const when = new Date(Date.now() - daysAgo * DAY);
      fs.utimesSync(path.join(outboxDir, name), when, when);
    };
    await mailAged('old@example.com', 91);
    await mailAged('older@example.com', 400);
    await mailAged('recent@example.com', 89);
    await mailAged('today@example.com', 0);
    await at(120, () => sms.send('+48600100200', 'Sprawa WSC-2026-000001: nowy etap'));
    await at(91, () => sms.send('+48600100201', 'Sprawa WSC-2026-000002: brakujące dokumenty'));
    await at(10, () => sms.send('+48600100202', 'Sprawa WSC-2026-000003: decyzja'));
    await sms.send('+48600100203', 'Sprawa WSC-2026-000004: wezwanie');
    // The log's own age says nothing: it is trimmed line by line, not deleted.
    const longAgo = new Date(Date.now() - 200 * DAY);
    fs.utimesSync(path.join(outboxDir, 'sms.log'), longAgo, longAgo);
    expect(await listOutbox()).toHaveLength(4);

    expect(await housekeeping(h.db)).toMatchObject({ mailFiles: 2, smsLines: 2 });

    expect((await listOutbox()).map((m) => m.to).sort()).toEqual(['recent@example.com', 'today@example.com']);
    const log = fs.readFileSync(path.join(outboxDir, 'sms.log'), 'utf8');
    expect(log.trimEnd().split('\n').map((l) => l.split('\t')[1])).toEqual(['+48600100202', '+48600100203']);
    expect(log).not.toMatch(/\+4860010020[01]/);

    // A shorter period set by the office applies to the files too; the next run finds nothing more at the same period.
    expect(await housekeeping(h.db)).toMatchObject({ mailFiles: 0, smsLines: 0 });
    expect(await housekeeping(h.db, { reservationDays: 30, outboxDays: 5 })).toMatchObject({ mailFiles: 1, smsLines: 1 });
    expect((await listOutbox()).map((m) => m.to)).toEqual(['today@example.com']);
    expect(fs.readFileSync(path.join(outboxDir, 'sms.log'), 'utf8')).toMatch(/^[^\n]*\t\+48600100203\t[^\n]*\n$/);
  });
});

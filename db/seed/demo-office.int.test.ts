import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbHandle } from '@/db/client';
import { applicationComparisons, applications, auditLog, caseMessages, caseMissingDocuments, cases, caseStageEvents, enquiries, queueTickets, reservations } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { STAGES } from '@/lib/cases/stages';
import { authenticateCase, getHolderView } from '@/lib/cases/holder';
import { seed } from './seed';
import { DEMO_CASE_PASSWORD } from './demo-office';

const counts = async (h: DbHandle) => {
  const n = async (t: PgTable) => Number((await h.db.select({ n: count() }).from(t))[0]!.n);
  return {
    cases: await n(cases),
    events: await n(caseStageEvents),
    documents: await n(caseMissingDocuments),
    messages: await n(caseMessages),
    applications: await n(applications),
    comparisons: await n(applicationComparisons),
    reservations: await n(reservations),
    tickets: await n(queueTickets),
    enquiries: await n(enquiries),
    audit: await n(auditLog),
  };
};

describe.each(testDatabases)('demo office seed on $name', ({ open }) => {
  let h: DbHandle;
  const now = new Date();
  beforeAll(async () => {
    h = await open();
  }, 60_000);
  afterAll(async () => h?.close());

  it('fills every stage, and a second run adds nothing', async () => {
    const first = await seed(h.db, { demo: true, office: true, now });
    expect(first.office?.created).toBe(true);
    const after = await counts(h);
    const second = await seed(h.db, { demo: true, office: true, now });
    expect(second.office?.created).toBe(false);
    expect(second.office?.demoCase).toEqual(first.office?.demoCase);
    expect(await counts(h)).toEqual(after);

    const stages = (await h.db.select({ stage: cases.stage }).from(cases)).map((c) => c.stage);
    expect(new Set(stages)).toEqual(new Set(STAGES));
    expect(after.cases).toBeGreaterThanOrEqual(30);
    expect(after.comparisons).toBeGreaterThan(0);
    expect(after.applications).toBeGreaterThan(after.comparisons / 2);
    expect(after.reservations).toBeGreaterThan(20);
    expect(after.enquiries).toBeGreaterThanOrEqual(8);
    // Histories are real rows: one stage event per step, each step in the audit log.
    expect(after.events).toBeGreaterThan(after.cases * 2);
    const statuses = new Set((await h.db.select({ s: enquiries.status }).from(enquiries)).map((e) => e.s));
    expect(statuses).toEqual(new Set(['unconfirmed', 'new', 'assigned', 'answered', 'closed', 'reopened']));
  }, 600_000);

  it('opens the README case with its password, showing its stage, missing documents and messages', async () => {
    const demoCase = (await seed(h.db, { demo: true, office: true, now })).office!.demoCase!;
    expect(demoCase.password).toBe(DEMO_CASE_PASSWORD);
    const signIn = await authenticateCase(h.db, demoCase.number, DEMO_CASE_PASSWORD.toLowerCase(), '198.51.100.7');
    expect(signIn.ok).toBe(true);
    const view = await getHolderView(h.db, (signIn as { caseId: string }).caseId);
    expect(view).toBeTruthy();
    const [c] = await h.db.select().from(cases).where(eq(cases.number, demoCase.number));
    expect(c!.stage).toBe('summons_formal_defects');
    const docs = await h.db.select().from(caseMissingDocuments).where(eq(caseMissingDocuments.caseId, c!.id));
    expect(docs.filter((d) => !d.resolvedAt).length).toBeGreaterThanOrEqual(2);
    expect(docs.some((d) => d.remark)).toBe(true);
    const messages = await h.db.select().from(caseMessages).where(eq(caseMessages.caseId, c!.id));
    expect(messages.length).toBeGreaterThanOrEqual(2);
    // The history happened in the past, in order: registration first, then each step.
    const events = await h.db.select().from(caseStageEvents).where(eq(caseStageEvents.caseId, c!.id)).orderBy(caseStageEvents.id);
    expect(events.map((e) => e.stage)).toEqual(['registered', 'formal_check', 'summons_formal_defects']);
    const times = events.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[0]!).toBeLessThan(now.getTime() - 3 * 86_400_000);
    expect(times.at(-1)!).toBeLessThan(now.getTime());
  }, 120_000);

  it('creates nothing about people without the demo', async () => {
    const h2 = await open();
    try {
      await seed(h2.db, { demo: false, office: true, now });
      expect(Number((await h2.db.execute<{ n: number }>(sql`select count(*)::int as n from cases`)).rows[0]!.n)).toBe(0);
    } finally {
      await h2.close();
    }
  }, 120_000);
});

import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { applications, cases, caseStageEvents, users } from '@/db/schema';
import { warsawDate } from '@/lib/calendar/dates';
import { STAGES, type Stage } from './stages';
import { timeLimitStatus, type TimeLimitStatus } from './time-limit';

/** `q`: a case number (or part), an application code, or part of the applicant's name. */
export type CaseFilter = { stage?: Stage; formNumber?: number; assignedTo?: string | 'none'; overdue?: boolean; q?: string };

const likePattern = (s: string) => `%${s.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
export const PAGE_SIZE = 25;

async function limitsFor(db: DbOrTx, rows: { id: string; formNumber: number }[], today: string): Promise<Map<string, TimeLimitStatus>> {
  if (!rows.length) return new Map();
  const events = await db
    .select({ caseId: caseStageEvents.caseId, stage: caseStageEvents.stage, at: caseStageEvents.at })
    .from(caseStageEvents)
    .where(inArray(caseStageEvents.caseId, rows.map((r) => r.id)))
    .orderBy(asc(caseStageEvents.at), asc(caseStageEvents.id));
  return new Map(
    rows.map((r) => [
      r.id,
      timeLimitStatus(
        r.formNumber,
        events.filter((e) => e.caseId === r.id).map((e) => ({ stage: e.stage, date: warsawDate(e.at) })),
        today,
      ),
    ]),
  );
}

/**
 * The clerk's case list. Being overdue depends on each case's history (what
 * the law does not count), so that filter is applied after computing it.
 */
export async function listCases(db: DbOrTx, filter: CaseFilter, page = 1, now: Date = new Date()) {
  const where: SQL[] = [];
  if (filter.stage) where.push(eq(cases.stage, filter.stage));
  if (filter.formNumber) where.push(eq(cases.formNumber, filter.formNumber));
  if (filter.assignedTo === 'none') where.push(sql`${cases.assignedTo} is null`);
  else if (filter.assignedTo) where.push(eq(cases.assignedTo, filter.assignedTo));
  const q = filter.q?.trim();
  if (q) {
    const pattern = likePattern(q);
    where.push(
      or(
        ilike(cases.number, pattern),
        ilike(cases.applicantName, pattern),
        sql`exists (select 1 from ${applications} a where a.id = ${cases.applicationId} and a.code ilike ${pattern})`,
      )!,
    );
  }
  const base = db
    .select({ id: cases.id, number: cases.number, formNumber: cases.formNumber, stage: cases.stage, registeredAt: cases.registeredAt, applicantName: cases.applicantName, assignee: users.email })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.assignedTo))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(cases.registeredAt), desc(cases.number));
  const today = warsawDate(now);
  if (filter.overdue) {
    const all = await base;
    const limits = await limitsFor(db, all, today);
    const overdue = all.filter((r) => limits.get(r.id)?.overdue);
    return { rows: overdue.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => ({ ...r, limit: limits.get(r.id)! })), total: overdue.length };
  }
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    base.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE),
    db.select({ total: count() }).from(cases).where(where.length ? and(...where) : undefined),
  ]);
  const limits = await limitsFor(db, rows, today);
  return { rows: rows.map((r) => ({ ...r, limit: limits.get(r.id)! })), total };
}

export type DashboardStats = {
  perStage: { stage: Stage; cases: number }[];
  overdue: number;
  open: number;
  averageDays: { stage: Stage; days: number; spans: number }[];
};

/** Cases per stage, overdue open cases, and how long cases stayed in each stage on average. */
export async function dashboardStats(db: DbOrTx, now: Date = new Date()): Promise<DashboardStats> {
  const perStageRows = await db.select({ stage: cases.stage, cases: count() }).from(cases).groupBy(cases.stage);
  const perStage = STAGES.map((stage) => ({ stage, cases: perStageRows.find((r) => r.stage === stage)?.cases ?? 0 }));
  const open = await db.select({ id: cases.id, formNumber: cases.formNumber }).from(cases).where(sql`${cases.stage} <> 'closed'`);
  const limits = await limitsFor(db, open, warsawDate(now));
  const overdue = [...limits.values()].filter((l) => l.overdue).length;
  // A stage lasts from its event to the next one (or to now, while the case is still in it).
  const spans = await db.execute<{ stage: Stage; days: string; spans: string }>(sql`
    select stage, avg(extract(epoch from (coalesce(next_at, now()) - at)) / 86400) as days, count(*) as spans
    from (select stage, at, lead(at) over (partition by case_id order by at, id) as next_at from case_stage_events) s
    where stage <> 'closed'
    group by stage`);
  const averageDays = STAGES.filter((s) => s !== 'closed').map((stage) => {
    const r = spans.rows.find((x) => x.stage === stage);
    return { stage, days: r ? Math.round(Number(r.days) * 10) / 10 : 0, spans: r ? Number(r.spans) : 0 };
  });
  return { perStage, overdue, open: open.length, averageDays };
}

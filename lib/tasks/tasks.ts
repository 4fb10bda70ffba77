import 'server-only';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { adminTasks, type AdminTask } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/audit';
import { log } from '@/lib/log';

/** The long admin actions that run in the background. */
export type TaskKind = 'slots.replan';

/** Reports how far a task has come; written to the task's row at most every PROGRESS_EVERY_MS (and at the end). */
export type Progress = (done: number, total: number) => Promise<void>;

/** A running task whose row was not touched for this long lost its process (a restart): it is shown as failed. */
export const STALE_AFTER_MS = 5 * 60_000;
const PROGRESS_EVERY_MS = 500;

export type TaskView = Pick<AdminTask, 'id' | 'kind' | 'status' | 'done' | 'total' | 'result' | 'error' | 'createdAt' | 'finishedAt'>;

const view = (t: AdminTask): TaskView => ({ id: t.id, kind: t.kind, status: t.status, done: t.done, total: t.total, result: t.result, error: t.error, createdAt: t.createdAt, finishedAt: t.finishedAt });

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
};

/** Marks running tasks that stopped being touched (their process ended) as failed, so they neither block nor look alive. */
async function failStale(db: Db, kind: string, now: Date) {
  await db
    .update(adminTasks)
    .set({ status: 'failed', error: 'task_interrupted', finishedAt: now })
    .where(and(eq(adminTasks.kind, kind), eq(adminTasks.status, 'running'), lt(adminTasks.updatedAt, new Date(now.getTime() - STALE_AFTER_MS))));
}

/**
 * Starts `run` in the background and returns the task's id at once. One task
 * of a kind runs at a time: a second start while one runs is refused with the
 * running one's id, so the admin is shown that one instead. The start and the
 * end are written to the audit log.
 */
export async function startTask(
  db: Db,
  actor: Actor,
  kind: TaskKind,
  run: (progress: Progress) => Promise<Record<string, unknown>>,
  now = new Date(),
): Promise<{ ok: true; id: string } | { ok: false; formError: 'task_running'; id: string }> {
  await failStale(db, kind, now);
  let id: string;
  try {
    [{ id }] = (await db.insert(adminTasks).values({ kind, createdBy: actor.id }).returning({ id: adminTasks.id })) as [{ id: string }];
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const [running] = await db.select({ id: adminTasks.id }).from(adminTasks).where(and(eq(adminTasks.kind, kind), eq(adminTasks.status, 'running')));
    return { ok: false, formError: 'task_running', id: running?.id ?? '' };
  }
  await writeAudit(db, actor, { action: `task.${kind}.start`, entityType: 'admin_task', entityId: id });
  void execute(db, actor, kind, id, run);
  return { ok: true, id };
}

async function execute(db: Db, actor: Actor, kind: TaskKind, id: string, run: (progress: Progress) => Promise<Record<string, unknown>>) {
  let last = 0;
  // A task marked lost meanwhile (its row looked stale) stays as it was shown.
  const mine = and(eq(adminTasks.id, id), eq(adminTasks.status, 'running'));
  const progress: Progress = async (done, total) => {
    if (Date.now() - last < PROGRESS_EVERY_MS && done < total) return;
    last = Date.now();
    await db.update(adminTasks).set({ done, total, updatedAt: sql`now()` }).where(mine);
  };
  try {
    const result = await run(progress);
    const finished = await db.update(adminTasks).set({ status: 'done', result, updatedAt: sql`now()`, finishedAt: sql`now()` }).where(mine).returning({ id: adminTasks.id });
    if (finished.length) await writeAudit(db, actor, { action: `task.${kind}.done`, entityType: 'admin_task', entityId: id, after: result });
  } catch (e) {
    log.error(`Background task ${kind} failed`, e);
    await db
      .update(adminTasks)
      .set({ status: 'failed', error: 'unexpected', updatedAt: sql`now()`, finishedAt: sql`now()` })
      .where(mine)
      .catch((e2: unknown) => log.error('Could not record a failed task', e2));
  }
}

/** The newest task of a kind (running or finished), as its admins see it; a lost one is shown failed. */
export async function latestTask(db: Db, kind: TaskKind, now = new Date()): Promise<TaskView | null> {
  await failStale(db, kind, now);
  const [t] = await db.select().from(adminTasks).where(eq(adminTasks.kind, kind)).orderBy(desc(adminTasks.createdAt)).limit(1);
  return t ? view(t) : null;
}

/** One task by id, if it is of `kind` (the caller checked the permission for that kind). */
export async function getTask(db: Db, kind: TaskKind, id: string, now = new Date()): Promise<TaskView | null> {
  await failStale(db, kind, now);
  const [t] = await db.select().from(adminTasks).where(and(eq(adminTasks.id, id), eq(adminTasks.kind, kind)));
  return t ? view(t) : null;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, gt, like, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { adminTasks, auditLog, users, visitSlots } from '@/db/schema';
import { seed } from '@/db/seed/seed';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { replanAllSlots } from '@/lib/reservations/admin/replan';
import { getTask, latestTask, startTask, STALE_AFTER_MS, type TaskView } from './tasks';

/** Polls the task as the admin's page does, until it is no longer running. */
async function finished(h: DbHandle, id: string): Promise<TaskView> {
  for (let i = 0; i < 600; i++) {
    const t = await getTask(h.db, 'slots.replan', id);
    if (t && t.status !== 'running') return t;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the task did not end');
}

const deferred = () => {
  let resolve!: (v: Record<string, unknown>) => void;
  const promise = new Promise<Record<string, unknown>>((r) => (resolve = r));
  return { promise, resolve };
};

describe.each(testDatabases)('background admin tasks ($name)', ({ open }) => {
  let h: DbHandle;
  let admin: Actor;

  beforeAll(async () => {
    h = await open();
    await seed(h.db, { demo: false });
    const [a] = await h.db.insert(users).values({ email: 'admin@duw.test', role: 'admin' }).returning();
    admin = { id: a!.id, role: 'admin', email: a!.email };
  });
  afterAll(async () => h?.close());

  const futureSlots = async () => Number((await h.db.select({ n: count() }).from(visitSlots).where(gt(visitSlots.startsAt, new Date())))[0]!.n);

  it('re-planning returns at once, reports its progress pair by pair, restores missing slots and is audited', async () => {
    const planned = await futureSlots();
    expect(planned).toBeGreaterThan(100);
    // Slots lost (say, by a restore of an old backup): the re-plan brings them back.
    await h.db.execute(sql`delete from visit_slots where id in (select id from visit_slots where starts_at > now() and booked = 0 order by id limit 40)`);
    const steps: [number, number][] = [];
    const gate = deferred();
    const started = await startTask(h.db, admin, 'slots.replan', async (progress) => {
      await gate.promise;
      return replanAllSlots(h.db, async (done, total) => (steps.push([done, total]), progress(done, total)));
    });
    expect(started.ok).toBe(true);
    const id = started.ok ? started.id : '';
    // The request that started it has its answer while the work has not begun.
    expect(await getTask(h.db, 'slots.replan', id)).toMatchObject({ status: 'running', done: 0 });
    gate.resolve({});

    const task = await finished(h, id);
    expect(task.status).toBe('done');
    const result = task.result as { added: number; removed: number; pairs: number };
    expect(result).toMatchObject({ added: 40, removed: 0 });
    expect(result.pairs).toBeGreaterThan(1);
    expect(task).toMatchObject({ done: result.pairs, total: result.pairs });
    expect(steps.map(([d]) => d)).toEqual(Array.from({ length: result.pairs + 1 }, (_, i) => i));
    expect(await futureSlots()).toBe(planned);
    const audit = await h.db.select({ action: auditLog.action, entityId: auditLog.entityId }).from(auditLog).where(like(auditLog.action, 'task.%'));
    expect(audit).toEqual([
      { action: 'task.slots.replan.start', entityId: id },
      { action: 'task.slots.replan.done', entityId: id },
    ]);
    expect((await latestTask(h.db, 'slots.replan'))?.id).toBe(id);
  });

  it('runs one re-plan at a time, and a task whose process ended neither blocks the next nor looks alive', async () => {
    const gate = deferred();
    const first = await startTask(h.db, admin, 'slots.replan', () => gate.promise);
    expect(first.ok).toBe(true);
    const firstId = first.ok ? first.id : '';
    expect(await startTask(h.db, admin, 'slots.replan', async () => ({}))).toEqual({ ok: false, formError: 'task_running', id: firstId });

    // Its process is gone: nothing touched the row for longer than the stale limit.
    await h.db.update(adminTasks).set({ updatedAt: new Date(Date.now() - STALE_AFTER_MS - 1000) }).where(eq(adminTasks.id, firstId));
    expect(await latestTask(h.db, 'slots.replan')).toMatchObject({ id: firstId, status: 'failed', error: 'task_interrupted' });
    const second = await startTask(h.db, admin, 'slots.replan', async () => ({ added: 0 }));
    expect(second.ok).toBe(true);
    expect((await finished(h, second.ok ? second.id : '')).status).toBe('done');

    // Should the lost one still end somewhere, it does not overwrite what was shown.
    gate.resolve({ added: 1 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await getTask(h.db, 'slots.replan', firstId)).toMatchObject({ status: 'failed', error: 'task_interrupted', result: null });
  });

  it('a task that throws ends failed with a generic reason, and another can start', async () => {
    const started = await startTask(h.db, admin, 'slots.replan', async () => {
      throw new Error('boom');
    });
    const task = await finished(h, started.ok ? started.id : '');
    expect(task).toMatchObject({ status: 'failed', error: 'unexpected', result: null });
    expect(Number((await h.db.select({ n: count() }).from(adminTasks).where(and(eq(adminTasks.kind, 'slots.replan'), eq(adminTasks.status, 'running'))))[0]!.n)).toBe(0);
  });
});

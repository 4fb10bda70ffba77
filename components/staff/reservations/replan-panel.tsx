'use client';

import { useEffect, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { replanTaskAction, startReplanAction } from '@/lib/reservations/admin/actions';
import type { ReplanResult } from '@/lib/reservations/admin/replan';
import type { TaskView } from '@/lib/tasks/tasks';
import { Notice } from '@/components/ui/notice';

const POLL_MS = 1000;

/**
 * Re-planning every location and service runs in the background: the button
 * returns at once, and this panel follows the task until it ends, also after
 * a reload or from another admin's screen (it shows the newest task).
 */
export function ReplanPanel({ initial }: { initial: TaskView | null }) {
  const t = useTranslations('reservationsAdmin.replan');
  const ts = useTranslations('reservationsAdmin.sync');
  const te = useTranslations('errors');
  const format = useFormatter();
  const [task, setTask] = useState(initial);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = task?.status === 'running';

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      void replanTaskAction({ id: task.id }).then((r) => r.ok && setTask(r.task), () => {});
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running, task?.id]);

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      const r = await startReplanAction({});
      // Already running (another admin started it): follow that one.
      if (!r.ok && r.formError !== 'task_running') setError(te.has(r.formError as never) ? te(r.formError as never) : te('unexpected'));
      const latest = await replanTaskAction({});
      if (latest.ok) setTask(latest.task);
    } catch {
      setError(te('unexpected'));
    } finally {
      setStarting(false);
    }
  };

  const result = task?.status === 'done' ? (task.result as ReplanResult) : null;
  const at = (d: Date | null) => (d ? format.dateTime(new Date(d), { dateStyle: 'medium', timeStyle: 'short' }) : '');
  return (
    <section aria-labelledby="replan-heading">
      <h2 id="replan-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      {error ? (
        <Notice kind="error" role="alert">
          {error}
        </Notice>
      ) : null}
      {/* Read out when the task starts and when it ends, not at every step. */}
      <div role="status">
        {running ? <p>{t('running')}</p> : null}
        {result ? (
          <Notice kind="success">
            {t('done', { at: at(task!.finishedAt), pairs: result.pairs })} {ts('summary', { added: result.added, removed: result.removed })}
            {result.keptBooked ? ` ${ts('keptBooked', { count: result.keptBooked })}` : ''}
          </Notice>
        ) : null}
        {task?.status === 'failed' ? <Notice kind="error">{t('failed', { at: at(task.finishedAt), reason: te.has((task.error ?? 'unexpected') as never) ? te((task.error ?? 'unexpected') as never) : te('unexpected') })}</Notice> : null}
      </div>
      {running ? (
        <p>
          <label htmlFor="replan-progress">{t('progress', { done: task.done, total: task.total })}</label>
          <br />
          <progress id="replan-progress" value={task.done} max={Math.max(task.total, 1)} />
        </p>
      ) : null}
      <button type="button" className="button" onClick={() => void start()} disabled={starting || running} aria-busy={starting || running || undefined}>
        {t('start')}
      </button>
    </section>
  );
}

import 'server-only';
import type { Db } from '@/db/client';
import { lapseLateReservations } from './late-cancel';
import { log } from '@/lib/log';

/** Grace periods are minutes long; a check every minute is on time. */
export const LATE_CANCEL_INTERVAL_MS = 60_000;

async function runOnce(db: Db) {
  const { lapsed } = await lapseLateReservations(db);
  if (lapsed) console.log(`late-cancel: ${lapsed} reservation(s) marked as no-show`);
}

const globalForJob = globalThis as unknown as { pobytLateCancel?: NodeJS.Timeout };

/** In the server process (the embedded default); safe next to other instances or `npm run worker`. */
export function startLateCancelJob(getDb: () => Promise<Db>, intervalMs = LATE_CANCEL_INTERVAL_MS) {
  if (globalForJob.pobytLateCancel) return;
  let running = false;
  globalForJob.pobytLateCancel = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await runOnce(await getDb());
    } catch (e) {
      log.error('Late-cancel job failed', e);
    } finally {
      running = false;
    }
  }, intervalMs);
  globalForJob.pobytLateCancel.unref();
}

/** For a loop doing other work too (`npm run worker`): call it every turn, it runs when due. */
export function lateCancelWhenDue(intervalMs = LATE_CANCEL_INTERVAL_MS) {
  let due = 0;
  return async (db: Db) => {
    if (Date.now() < due) return;
    due = Date.now() + intervalMs;
    await runOnce(db).catch((e: unknown) => log.error('Late-cancel job failed', e));
  };
}

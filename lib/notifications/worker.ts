import 'server-only';
import type { Db } from '@/db/client';
import { processOutbox } from './outbox';
import { log } from '@/lib/log';

const globalForWorker = globalThis as unknown as { pobytWorker?: NodeJS.Timeout };

/** Polls the outbox every few seconds until the process ends. */
export function startOutboxWorker(getDb: () => Promise<Db>, intervalMs = 3000) {
  if (globalForWorker.pobytWorker) return;
  let running = false;
  globalForWorker.pobytWorker = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const db = await getDb();
      // Drain what is due, a batch at a time.
      while ((await processOutbox(db)).sent > 0);
    } catch (e) {
      log.error('Notification worker pass failed', e);
    } finally {
      running = false;
    }
  }, intervalMs);
  globalForWorker.pobytWorker.unref();
}

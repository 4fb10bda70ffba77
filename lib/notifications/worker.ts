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
      // Drain what is due, a pass of single leases at a time; a failed row waits for its back-off, so this ends.
      for (;;) {
        const { sent, failed } = await processOutbox(db);
        if (!sent && !failed) break;
      }
    } catch (e) {
      log.error('Notification worker pass failed', e);
    } finally {
      running = false;
    }
  }, intervalMs);
  globalForWorker.pobytWorker.unref();
}

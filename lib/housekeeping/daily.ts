import 'server-only';
import type { Db } from '@/db/client';
import { purgeUnconfirmedEnquiries } from '@/lib/enquiries/purge';
import { purgeSpentSolutions } from '@/lib/security/pow';
import { config } from '@/lib/config';
import { applyRetention, type RetentionCounts, type RetentionPolicy } from './retention';
import { pruneOutboxFolder, type OutboxFolderCounts } from './outbox-folder';
import { log } from '@/lib/log';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Data kept only for a while: spent proofs of work past their expiry, unconfirmed enquiries past their confirmation window,
 * personal data past its retention period (in the database, and the outbox folder's mail files and SMS log).
 */
export async function housekeeping(db: Db, policy?: RetentionPolicy): Promise<{ enquiries: number } & RetentionCounts & OutboxFolderCounts> {
  await purgeSpentSolutions(db);
  const enquiries = await purgeUnconfirmedEnquiries(db);
  const effective = policy ?? { reservationDays: config().RETENTION_RESERVATION_DAYS, outboxDays: config().RETENTION_OUTBOX_DAYS };
  const retention = await applyRetention(db, effective);
  // Files written while SMTP_URL was unset stay after it is set, so the folder is pruned either way.
  const files = await pruneOutboxFolder(config().outboxDir, effective.outboxDays);
  const counts = { enquiries, ...retention, ...files };
  // Counts only: the log itself must hold no personal data.
  console.info('Housekeeping', JSON.stringify(counts));
  return counts;
}

/** For a loop (the worker, or the server's own timer): runs at most once a day per process; idempotent, so several processes may run it. */
export function housekeepingWhenDue(intervalMs = DAY_MS) {
  let next = 0;
  return async (db: Db) => {
    if (Date.now() < next) return;
    next = Date.now() + intervalMs;
    try {
      await housekeeping(db);
    } catch (e) {
      log.error('Housekeeping failed', e);
    }
  };
}

const globalForJob = globalThis as unknown as { pobytHousekeeping?: NodeJS.Timeout };

export function startHousekeepingJob(getDb: () => Promise<Db>, checkMs = 60 * 60 * 1000) {
  if (globalForJob.pobytHousekeeping) return;
  const due = housekeepingWhenDue();
  globalForJob.pobytHousekeeping = setInterval(async () => due(await getDb()), checkMs);
  globalForJob.pobytHousekeeping.unref();
}

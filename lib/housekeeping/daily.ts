import 'server-only';
import type { Db } from '@/db/client';
import { purgeUnconfirmedEnquiries } from '@/lib/enquiries/purge';
import { purgeSpentSolutions } from '@/lib/security/pow';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Data kept only for a while: spent proofs of work past their expiry, unconfirmed enquiries past their confirmation window. */
export async function housekeeping(db: Db): Promise<{ enquiries: number }> {
  await purgeSpentSolutions(db);
  return { enquiries: await purgeUnconfirmedEnquiries(db) };
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
      console.error('Housekeeping failed', e);
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

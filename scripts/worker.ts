import { getDbHandle } from '@/db/client';
import { processOutbox } from '@/lib/notifications/outbox';
import { lateCancelWhenDue } from '@/lib/queue/jobs';
import { slotGenerationWhenDue } from '@/lib/reservations/jobs';
import { housekeepingWhenDue } from '@/lib/housekeeping/daily';
import { log } from '@/lib/log';

/** `npm run worker`: delivers queued notices, lapses late reservations, plans slots and tidies up; safe to run several at once. */
async function main() {
  const handle = await getDbHandle();
  let stopping = false;
  const stop = () => (stopping = true);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`Notification worker started (${handle.kind}).`);
  const lateCancel = lateCancelWhenDue();
  const slotGeneration = slotGenerationWhenDue();
  const housekeeping = housekeepingWhenDue();
  while (!stopping) {
    await lateCancel(handle.db);
    await slotGeneration(handle.db);
    await housekeeping(handle.db);
    const { sent, failed } = await processOutbox(handle.db).catch((e: unknown) => {
      log.error('Worker pass failed', e);
      return { sent: 0, failed: 0 };
    });
    if (sent || failed) console.log(`sent ${sent}, failed ${failed}`);
    if (!sent) await new Promise((r) => setTimeout(r, 3000));
  }
  await handle.close();
}

main().catch((e: unknown) => {
  log.error('Worker stopped', e);
  process.exit(1);
});

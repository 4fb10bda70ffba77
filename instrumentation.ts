export async function register() {
  // Migrate on server start (not during `next build`, which never calls this).
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDb, getDbHandle } = await import('./db/client');
  await getDbHandle();
  const { config } = await import('./lib/config');
  const cfg = config();
  // The embedded default sends notices from the server itself; with PostgreSQL,
  // `npm run worker` does (several may run), unless NOTIFICATION_WORKER=in-process.
  const inProcess = cfg.NOTIFICATION_WORKER ? cfg.NOTIFICATION_WORKER === 'in-process' : !cfg.DATABASE_URL;
  if (inProcess) {
    const { startOutboxWorker } = await import('./lib/notifications/worker');
    startOutboxWorker(getDb);
    const { startLateCancelJob } = await import('./lib/queue/jobs');
    startLateCancelJob(getDb);
    const { startSlotGenerationJob } = await import('./lib/reservations/jobs');
    startSlotGenerationJob(getDb);
    const { startHousekeepingJob } = await import('./lib/housekeeping/daily');
    startHousekeepingJob(getDb);
  }
}

import { getDb } from '@/db/client';
import { config } from '@/lib/config';
import { checkReadiness, shippedMigrations } from '@/lib/health/readiness';

export const dynamic = 'force-dynamic';

/**
 * Readiness for a load balancer: 200 when this instance may get traffic, else
 * 503, with what was checked (booleans and counts only, nothing personal).
 */
export async function GET() {
  const headers = { 'Cache-Control': 'no-store' };
  const maxBacklogSeconds = config().READY_MAX_BACKLOG_SECONDS;
  try {
    const result = await checkReadiness(await getDb(), { maxBacklogSeconds });
    return Response.json(result, { status: result.ready ? 200 : 503, headers });
  } catch {
    // The database could not even be opened (or migrated) for this process.
    const result = { ready: false, database: { ok: false }, migrations: { ok: false, expected: shippedMigrations().count }, notifications: { ok: false, maxSeconds: maxBacklogSeconds } };
    return Response.json(result, { status: 503, headers });
  }
}

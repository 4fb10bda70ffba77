export const dynamic = 'force-dynamic';

/** Liveness for a load balancer or an orchestrator: the process answers. It touches nothing else, so a database outage never gets a healthy process restarted. */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}

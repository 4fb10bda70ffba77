import { config } from '@/lib/config';
import { hasMetricsToken } from '@/lib/metrics/auth';
import { metricsText } from '@/lib/metrics/collect';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/**
 * Prometheus exposition for the operator's scraper, behind a bearer token.
 * Without METRICS_TOKEN the endpoint does not exist (404): nothing about the
 * office's traffic is public by default.
 */
export async function GET(request: Request) {
  const token = config().METRICS_TOKEN;
  if (!token) return new Response('Not found', { status: 404, headers: noStore });
  if (!hasMetricsToken(request.headers.get('authorization'), token)) {
    return new Response('Unauthorized', { status: 401, headers: { ...noStore, 'WWW-Authenticate': 'Bearer realm="metrics"' } });
  }
  const { contentType, body } = await metricsText();
  return new Response(body, { status: 200, headers: { ...noStore, 'Content-Type': contentType } });
}

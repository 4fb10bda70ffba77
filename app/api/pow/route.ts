import { createChallenge } from '@/lib/security/pow';

export const dynamic = 'force-dynamic';

/** A fresh proof-of-work challenge; anyone may ask, it costs the server one hash. */
export function GET() {
  return Response.json(createChallenge(), { headers: { 'Cache-Control': 'no-store' } });
}

import { createChallenge, isPowAction } from '@/lib/security/pow';

export const dynamic = 'force-dynamic';

/** A fresh proof-of-work challenge for one kind of action (`?for=booking`); anyone may ask, it costs the server one hash. */
export function GET(request: Request) {
  const action = new URL(request.url).searchParams.get('for');
  if (!isPowAction(action)) return Response.json({ error: 'pow_action' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  return Response.json(createChallenge(action), { headers: { 'Cache-Control': 'no-store' } });
}

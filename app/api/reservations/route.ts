import { cookies } from 'next/headers';
import { z } from '@/lib/zod';
import { getDb } from '@/db/client';
import { locales, routing, type Locale } from '@/i18n/routing';
import { fieldErrorsOf, type ActionResult } from '@/lib/actions/result';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { requestBooking } from '@/lib/reservations/request';
import { bookingRequestSchema } from '@/lib/reservations/schemas';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

// One place that turns result codes into HTTP statuses; anything else refused is a 400.
const STATUS: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  slot_taken: 409,
  slot_not_released: 409,
  slot_past: 409,
  slot_too_soon: 409,
  passport_active: 409,
  pow_replayed: 409,
  booking_rate_limited: 429,
  unexpected: 500,
};

const reply = (result: ActionResult<object>, status?: number) =>
  Response.json(result, { status: status ?? (result.ok ? 201 : STATUS[result.formError ?? ''] ?? 400), headers: { 'Cache-Control': 'no-store' } });

const localeSchema = z.object({ locale: z.enum(locales).optional() });

/**
 * Books a visit for the signed-in applicant or employer: the same request the
 * booking form's action makes, for clients that speak JSON. The session
 * cookie identifies the caller; requiring a JSON body means a cross-site form
 * cannot post here, and the session cookie is SameSite=Lax besides.
 */
export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor) return reply({ ok: false, formError: 'unauthenticated' });
  if (!(PANEL_ROLES as readonly string[]).includes(actor.role)) return reply({ ok: false, formError: 'forbidden' });
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) return reply({ ok: false, formError: 'invalid_request' }, 415);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return reply({ ok: false, formError: 'invalid_request' });
  }
  const parsed = bookingRequestSchema.safeParse(body);
  if (!parsed.success) return reply({ ok: false, fieldErrors: fieldErrorsOf(parsed.error) });
  // The confirmation's language: the one asked for, else the site's language cookie, else Polish.
  const asked = localeSchema.safeParse(body).data?.locale;
  const cookie = (await cookies()).get('NEXT_LOCALE')?.value;
  const locale: Locale = asked ?? (locales.find((l) => l === cookie) || routing.defaultLocale);
  try {
    const result = await requestBooking(await getDb(), actor, parsed.data, { address: actor.clientAddress ?? null, locale, email: actor.email || null });
    return reply(result);
  } catch (e) {
    log.error('Booking request failed', e);
    return reply({ ok: false, formError: 'unexpected' });
  }
}

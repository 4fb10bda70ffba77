import { getDb } from '@/db/client';
import { routing, type Locale } from '@/i18n/routing';
import { getActor } from '@/lib/auth/session';
import { isStaff } from '@/lib/auth/actor';
import { getPageWithFallback } from '@/lib/content/pages';
import { reservationById } from '@/lib/reservations/details';
import { renderReservationPdf } from '@/lib/reservations/pdf';
import { whatToBring } from '@/lib/reservations/what-to-bring';
import { auditStaffRead } from '@/lib/audit/staff-reads';

const notFound = () => new Response('Not found', { status: 404 });

/** The reservation PDF: for the account that booked it and for staff; anyone else gets 404, as if it did not exist. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  const { id } = await params;
  if (!actor || !/^[0-9a-f-]{36}$/.test(id)) return notFound();
  const db = await getDb();
  const r = await reservationById(db, id);
  if (!r || (r.ownerId !== actor.id && !isStaff(actor.role))) return notFound();
  await auditStaffRead(db, actor, { action: 'reservation.pdf_download', entityType: 'reservation', entityId: r.id });
  const asked = new URL(request.url).searchParams.get('locale');
  const locale = (routing.locales as readonly string[]).includes(asked ?? '') ? (asked as Locale) : (r.locale as Locale);
  const card = r.servicePage ? await getPageWithFallback(db, locale, r.servicePage) : null;
  const pdf = await renderReservationPdf({ r, locale, bring: card ? whatToBring(card.page.body) : [] });
  return new Response(new Uint8Array(pdf), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${r.code}.pdf"`, 'cache-control': 'private, no-store' },
  });
}

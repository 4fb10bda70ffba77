import { getDb } from '@/db/client';
import { locales, type Locale } from '@/i18n/routing';
import { actorWithRole } from '@/lib/auth/session';
import { writeAudit } from '@/lib/audit/audit';
import { listRegister, registerCsv } from '@/lib/enquiries/register';
import { registerPeriodSchema } from '@/lib/enquiries/schemas';
import { ENQUIRY_STAFF } from '@/lib/enquiries/staff';
import { translatorFor } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';

/** The register of complaints and motions (rejestr skarg i wniosków) for a period, as CSV for Excel. */
export async function GET(request: Request) {
  const actor = await actorWithRole(ENQUIRY_STAFF);
  if (!actor) return new Response('Forbidden', { status: 403 });
  const url = new URL(request.url);
  const locale: Locale = (locales as readonly string[]).includes(url.searchParams.get('locale') ?? '') ? (url.searchParams.get('locale') as Locale) : 'pl';
  const period = registerPeriodSchema.safeParse({ from: url.searchParams.get('from'), to: url.searchParams.get('to') });
  if (!period.success) {
    const t = translatorFor(locale);
    return new Response(t('staffEnquiries.badPeriod'), { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const { from, to } = period.data;
  const db = await getDb();
  const rows = await listRegister(db, from, to);
  await writeAudit(db, actor, { action: 'enquiry.register_export', entityType: 'enquiry_register', after: { from, to, rows: rows.length } });
  return new Response(registerCsv(rows, locale), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="rejestr-skarg-i-wnioskow-${from}-${to}.csv"`,
      'cache-control': 'no-store',
    },
  });
}

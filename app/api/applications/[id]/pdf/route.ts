import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { applications } from '@/db/schema';
import { getActor } from '@/lib/auth/session';
import { isStaff } from '@/lib/auth/actor';
import { getVersion } from '@/lib/forms/applications';
import { formDefinition } from '@/lib/forms/definitions';
import { renderApplicationPdf } from '@/lib/forms/pdf';
import { auditStaffRead } from '@/lib/audit/staff-reads';

const notFound = () => new Response('Not found', { status: 404 });

/** The printable application: for its owner and for staff; anyone else gets 404, as if it did not exist. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  const { id } = await params;
  const version = Number(new URL(request.url).searchParams.get('v'));
  if (!actor || !/^[0-9a-f-]{36}$/.test(id) || !Number.isInteger(version) || version < 1) return notFound();
  const db = await getDb();
  const [app] = await db.select().from(applications).where(eq(applications.id, id));
  if (!app || !app.code || (app.ownerId !== actor.id && !isStaff(actor.role))) return notFound();
  const v = await getVersion(db, app.id, version);
  if (!v) return notFound();
  await auditStaffRead(db, actor, { action: 'application.pdf_download', entityType: 'application', entityId: app.id, version });
  const pdf = await renderApplicationPdf({ def: formDefinition(app.formNumber)!, code: app.code, version, locale: app.locale, data: v.data, contentHash: v.contentHash });
  return new Response(new Uint8Array(pdf), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${app.code}-v${version}.pdf"`, 'cache-control': 'private, no-store' },
  });
}

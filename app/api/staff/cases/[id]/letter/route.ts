import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases } from '@/db/schema';
import { actorWithRole } from '@/lib/auth/session';
import { verifyPassword } from '@/lib/auth/password';
import { normaliseCasePassword } from '@/lib/cases/credentials';
import { renderFirstLetter } from '@/lib/cases/first-letter';
import { auditStaffRead } from '@/lib/audit/staff-reads';
import { letterWindowFor } from '@/lib/cases/letter-window';

/**
 * The letter is printed from the password the clerk's page holds right after
 * registration (or reissue). Only staff may ask, and only with the current
 * password: the server never keeps the password itself.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await actorWithRole(['clerk', 'reception', 'admin']);
  if (!actor) return new Response('Forbidden', { status: 403 });
  const { id } = await params;
  const form = await request.formData().catch(() => null);
  if (!/^[0-9a-f-]{36}$/.test(id)) return new Response('Not found', { status: 404 });
  // A reprint takes the password from the short window this staff member's browser holds (lib/cases/letter-window.ts).
  const reprint = form?.get('reprint') === '1';
  const window = reprint ? await letterWindowFor(id, actor.id) : null;
  if (reprint && !window) return new Response('Not found', { status: 404 });
  const password = normaliseCasePassword(window?.password ?? String(form?.get('password') ?? ''));
  const db = await getDb();
  const [c] = await db.select().from(cases).where(eq(cases.id, id));
  if (!c || !(await verifyPassword(password, c.passwordHash))) return new Response('Not found', { status: 404 });
  await auditStaffRead(db, actor, { action: reprint ? 'case.letter_reprint' : 'case.letter_download', entityType: 'case', entityId: c.id });
  const pdf = await renderFirstLetter({
    number: c.number,
    password,
    locale: c.locale,
    issuedAt: c.passwordIssuedAt,
    reissue: c.passwordIssuedAt.getTime() - c.registeredAt.getTime() > 60_000,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${c.number}.pdf"`,
      'cache-control': 'no-store',
    },
  });
}

import 'server-only';
import { z } from '@/lib/zod';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import { issueEmailToken } from './tokens';

// A day: the person running the command passes the link on by hand.
export const FIRST_ADMIN_LINK_TTL_SECONDS = 24 * 3600;

export const adminCreateSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  name: z.string().trim().min(1).max(200).optional(),
});

export type AdminCreateResult = { ok: true; userId: string; link: string } | { ok: false; code: 'email_invalid' | 'email_taken' };

/**
 * The first production admin: a staff account without a usable password and a
 * one-time set-password link. The link reuses the password-reset token
 * (only its SHA-256 is stored, single use) and the reset page in its
 * "first password" wording.
 */
export async function createAdminWithLink(db: Db, input: { email: string; name?: string }, appUrl: string): Promise<AdminCreateResult> {
  const parsed = adminCreateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'email_invalid' };
  const { email, name } = parsed.data;
  const created = await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, role: 'admin', displayName: name ?? null, locale: 'pl', passwordHash: null })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) return null;
    await writeAudit(tx, null, { action: 'staff.create', entityType: 'user', entityId: user.id, after: { email, role: 'admin', displayName: name ?? null, via: 'admin:create' } });
    return { id: user.id, token: await issueEmailToken(tx, user.id, 'reset_password', FIRST_ADMIN_LINK_TTL_SECONDS) };
  });
  if (!created) return { ok: false, code: 'email_taken' };
  const link = `${appUrl.replace(/\/$/, '')}/pl/reset-password?first=1&token=${encodeURIComponent(created.token)}`;
  return { ok: true, userId: created.id, link };
}

import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, type Role } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import type { ActionResult } from '@/lib/actions/result';
import { z } from '@/lib/zod';
import { STAFF_ROLES, type Actor } from './actor';
import { forgetSessionState, nextSessionVersion } from './session-state';

const staffOnly = inArray(users.role, [...STAFF_ROLES] as Role[]);

export const setStaffDisabledSchema = z.object({ userId: z.string().uuid(), disabled: z.boolean() });
export const setStaffRoleSchema = z.object({ userId: z.string().uuid(), role: z.enum(STAFF_ROLES) });

/** The admin's list of staff accounts, with whether each is disabled. */
export async function listStaffAccounts(db: Db) {
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role, emailVerifiedAt: users.emailVerifiedAt, disabledAt: users.disabledAt })
    .from(users)
    .where(staffOnly)
    .orderBy(asc(users.email));
}

/** An admin disables or enables a staff account; disabling ends its sessions. Never one's own. */
export async function setStaffDisabled(db: Db, admin: Actor, userId: string, disabled: boolean): Promise<ActionResult> {
  if (admin.role !== 'admin') return { ok: false, formError: 'forbidden' };
  if (admin.id === userId) return { ok: false, formError: 'not_yourself' };
  const result = await db.transaction(async (tx) => {
    const [u] = await tx
      .update(users)
      .set(disabled ? { disabledAt: new Date(), sessionVersion: nextSessionVersion } : { disabledAt: null })
      .where(and(eq(users.id, userId), staffOnly))
      .returning({ id: users.id });
    if (!u) return { ok: false, formError: 'not_found' } as const;
    await writeAudit(tx, admin, { action: disabled ? 'staff.disable' : 'staff.enable', entityType: 'user', entityId: userId });
    return { ok: true } as const;
  });
  forgetSessionState(userId);
  return result;
}

/** An admin changes a staff member's role; the member signs in again under the new one. */
export async function setStaffRole(db: Db, admin: Actor, userId: string, role: (typeof STAFF_ROLES)[number]): Promise<ActionResult> {
  if (admin.role !== 'admin') return { ok: false, formError: 'forbidden' };
  if (admin.id === userId) return { ok: false, formError: 'not_yourself' };
  if (!(STAFF_ROLES as readonly string[]).includes(role)) return { ok: false, formError: 'invalid' };
  const result = await db.transaction(async (tx) => {
    const [before] = await tx.select({ role: users.role }).from(users).where(and(eq(users.id, userId), staffOnly)).for('update');
    if (!before) return { ok: false, formError: 'not_found' } as const;
    if (before.role === role) return { ok: true } as const;
    await tx.update(users).set({ role, sessionVersion: nextSessionVersion }).where(eq(users.id, userId));
    await writeAudit(tx, admin, { action: 'staff.role_change', entityType: 'user', entityId: userId, before: { role: before.role }, after: { role } });
    return { ok: true } as const;
  });
  forgetSessionState(userId);
  return result;
}

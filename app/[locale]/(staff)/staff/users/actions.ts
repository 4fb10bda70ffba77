'use server';

import { getDb } from '@/db/client';
import { roleAction } from '@/lib/actions/define';
import { setStaffDisabled, setStaffDisabledSchema, setStaffRole, setStaffRoleSchema } from '@/lib/auth/staff-accounts';

// Thin: roleAction checks the admin's session and parses the input; the domain functions audit and refuse oneself.
export const setStaffDisabledAction = roleAction(['admin'], setStaffDisabledSchema, async (i, actor) =>
  setStaffDisabled(await getDb(), actor, i.userId, i.disabled),
);

export const setStaffRoleAction = roleAction(['admin'], setStaffRoleSchema, async (i, actor) => setStaffRole(await getDb(), actor, i.userId, i.role));

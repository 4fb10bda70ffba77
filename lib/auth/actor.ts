import type { Role } from '@/db/schema';

/** The signed-in person as domain functions see them. */
export type Actor = { id: string; role: Role; email: string; clientAddress?: string | null };

export const STAFF_ROLES = ['clerk', 'reception', 'admin'] as const satisfies readonly Role[];
export const PANEL_ROLES = ['applicant', 'employer'] as const satisfies readonly Role[];

export function isStaff(role: Role): boolean {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

import type { ReactNode } from 'react';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES, STAFF_ROLES } from '@/lib/auth/actor';

// Any signed-in person has an account page; pages below check their own objects.
export default async function PanelLayout({ children }: { children: ReactNode }) {
  await requireRole([...PANEL_ROLES, ...STAFF_ROLES], '/account');
  return children;
}

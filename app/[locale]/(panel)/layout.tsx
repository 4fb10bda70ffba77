import type { ReactNode } from 'react';
import { getActor } from '@/lib/auth/session';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { PANEL_ROLES, STAFF_ROLES } from '@/lib/auth/actor';

// Every page below guards itself with requireRole and its own path (so that sign-in returns
// there, query included: a layout does not know the path); a test checks that each page does.
// Here only a signed-in role that has no account pages is turned away.
export default async function PanelLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (actor && ![...PANEL_ROLES, ...STAFF_ROLES].includes(actor.role as never)) redirect({ href: '/forbidden', locale: await getLocale() });
  return children;
}

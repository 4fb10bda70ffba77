import 'server-only';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { getPathname, redirect } from '@/i18n/navigation';
import type { Role } from '@/db/schema';
import { authOptions } from './options';
import type { Actor } from './actor';
import { clientAddress } from './client-address';

/** The signed-in account holder, or null (also for a case holder, who has no account). */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || session.user.role === 'case_holder') return null;
  return { id: session.user.id, role: session.user.role, email: session.user.email, clientAddress: clientAddress(await headers()) };
}

/** The case a case holder signed in to with its number and password, or null. */
export async function getSignedInCaseId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.role === 'case_holder' && session.user.caseId ? session.user.caseId : null;
}

/**
 * The one guard for pages: no session → sign-in (and back afterwards);
 * a wrong role → the 403 page. Never returns without the right role.
 */
export async function requireRole(roles: readonly Role[], returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  const locale = await getLocale();
  if (!actor) {
    // A query (which form to start, say) survives the detour through sign-in.
    const [path, query] = (returnTo ?? '').split('?');
    const callbackUrl = returnTo ? `${getPathname({ href: path!, locale })}${query ? `?${query}` : ''}` : undefined;
    return redirect({ href: { pathname: '/sign-in', query: callbackUrl ? { callbackUrl } : {} }, locale });
  }
  if (!roles.includes(actor.role)) return redirect({ href: '/forbidden', locale });
  return actor;
}

/** The same check for server actions and route handlers, which answer instead of redirecting. */
export async function actorWithRole(roles: readonly Role[]): Promise<Actor | null> {
  const actor = await getActor();
  return actor && roles.includes(actor.role) ? actor : null;
}

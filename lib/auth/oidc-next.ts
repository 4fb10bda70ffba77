import 'server-only';
import { cookies, headers } from 'next/headers';
import type { Profile, User } from 'next-auth';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { config } from '@/lib/config';
import { locales, type Locale } from '@/i18n/routing';
import { clientAddress } from './client-address';
import { identityFromClaims, linkPendingIdentity, resolveOidcSignIn } from './oidc';
import { openPendingLink, PENDING_LINK_TTL_SECONDS, sealPendingLink } from './oidc-pending';
import { oidcLinkSchema } from './oidc-schemas';
import { authSecret } from './secret';
import { log } from '@/lib/log';

export const OIDC_PROVIDER_ID = 'oidc';
export const OIDC_LINK_PROVIDER_ID = 'oidc-link';

/** The provider's settings, or null when sign-in through it is off (any of the three missing). */
export function oidcSettings() {
  const cfg = config();
  if (!cfg.OIDC_ISSUER || !cfg.OIDC_CLIENT_ID || !cfg.OIDC_CLIENT_SECRET) return null;
  return { issuer: cfg.OIDC_ISSUER.replace(/\/+$/, ''), clientId: cfg.OIDC_CLIENT_ID, clientSecret: cfg.OIDC_CLIENT_SECRET, label: cfg.OIDC_LABEL ?? null };
}

/** `__Host-` (no Domain, Path=/, Secure) where the app runs on HTTPS, so no other host can plant it. */
export function pendingLinkCookieName() {
  return config().appUrl.startsWith('https:') ? '__Host-pobyt.oidc-link' : 'pobyt.oidc-link';
}

/** The pending link of this browser, or null when there is none or it expired. */
export async function currentPendingLink() {
  return openPendingLink((await cookies()).get(pendingLinkCookieName())?.value, authSecret());
}

// Users that our sign-in callback resolved to an account of ours; anything else must not become a session.
const resolved = new WeakSet<object>();

export function assertOidcUserResolved(user: User) {
  if (!resolved.has(user)) throw new Error('OpenID Connect sign-in reached the session without an account');
}

/** The locale the person started from: next-auth's callback-url cookie holds the page they came from. */
async function signInLocale(): Promise<Locale> {
  const jar = await cookies();
  const callback = jar.getAll().find((c) => c.name.endsWith('next-auth.callback-url'))?.value;
  let first: string | undefined;
  try {
    first = callback ? new URL(callback, 'http://x').pathname.split('/')[1] : undefined;
  } catch {
    first = undefined;
  }
  const candidate = first ?? jar.get('NEXT_LOCALE')?.value;
  return (locales as readonly string[]).includes(candidate ?? '') ? (candidate as Locale) : 'pl';
}

/**
 * next-auth's `signIn` callback for the provider: true signs in (with OUR
 * account's id and role written onto `user`, which next-auth then hands to the
 * `jwt` callback), a URL sends the person there instead.
 */
export async function completeOidcSignIn(user: User, profile: Profile | undefined): Promise<true | string> {
  const appUrl = config().appUrl;
  const locale = await signInLocale();
  const identity = identityFromClaims((profile ?? {}) as Record<string, unknown>);
  if (!identity) return `${appUrl}/${locale}/sign-in?error=OAuthCallback`;
  let outcome: Awaited<ReturnType<typeof resolveOidcSignIn>>;
  try {
    outcome = await resolveOidcSignIn(await getDb(), identity, { clientAddress: clientAddress(await headers()), locale });
  } catch (e) {
    // next-auth would put the raw message in the URL; log it and show the generic failure instead.
    log.error('OpenID Connect sign-in failed', e);
    return `${appUrl}/${locale}/sign-in?error=Callback`;
  }
  switch (outcome.kind) {
    case 'signed_in':
      Object.assign(user, { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name, role: outcome.user.role });
      resolved.add(user);
      return true;
    case 'link_required': {
      // Sealed in an HttpOnly cookie rather than the URL: never in history, logs or Referer, and unreadable to the page.
      (await cookies()).set(pendingLinkCookieName(), sealPendingLink(outcome.pending, authSecret()), {
        httpOnly: true,
        sameSite: 'lax',
        secure: appUrl.startsWith('https:'),
        path: '/',
        maxAge: PENDING_LINK_TTL_SECONDS,
      });
      return `${appUrl}/${locale}/sign-in/link`;
    }
    case 'refused':
      return `${appUrl}/${locale}/sign-in?error=${outcome.code}`;
  }
}

type Claims = Record<string, unknown> & { sub: string };

/** next-auth's provider for a generic OpenID Connect issuer (a Keycloak realm, say), or none. */
export function oidcProviders() {
  const settings = oidcSettings();
  if (!settings) return [];
  const oidc: OAuthConfig<Claims> = {
    id: OIDC_PROVIDER_ID,
    name: settings.label ?? 'OpenID Connect',
    type: 'oauth',
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    checks: ['pkce', 'state'],
    idToken: true,
    userinfo: {
      // The ID token is checked (signature, issuer, audience) by openid-client; some providers
      // (Keycloak by default) put the e-mail in it, others (oidc-provider) only at userinfo.
      // openid-client refuses userinfo whose `sub` differs from the ID token's.
      async request({ tokens, client }) {
        // At run time this is openid-client's TokenSet, which next-auth's types flatten to its fields.
        const set = tokens as unknown as { claims(): Claims & { iss: string } };
        const claims = set.claims();
        const info = await client.userinfo(set as never);
        return { ...claims, ...info, sub: claims.sub, iss: claims.iss };
      },
    },
    // The real account is found in the signIn callback; this only carries the claims there.
    profile: (claims) => ({ id: claims.sub, email: typeof claims.email === 'string' ? claims.email : '', role: 'applicant' }),
  };
  const link = CredentialsProvider({
    id: OIDC_LINK_PROVIDER_ID,
    name: 'Link identity',
    credentials: { password: { type: 'password' } },
    async authorize(credentials, req) {
      const parsed = oidcLinkSchema.safeParse(credentials ?? {});
      if (!parsed.success) throw new Error('invalid_credentials');
      const pending = await currentPendingLink();
      if (!pending) throw new Error('oidc_link_expired');
      const outcome = await linkPendingIdentity(await getDb(), pending, parsed.data.password, clientAddress(req.headers ?? {}));
      if (!outcome.ok) throw new Error(outcome.code === 'locked' ? `locked:${outcome.until.toISOString()}` : outcome.code);
      (await cookies()).delete(pendingLinkCookieName());
      return { id: outcome.user.id, email: outcome.user.email, role: outcome.user.role, name: outcome.user.name };
    },
  });
  return [oidc, link];
}

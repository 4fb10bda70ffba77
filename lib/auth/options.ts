import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { log } from '@/lib/log';
import type { Role } from '@/db/schema';
import { authenticate } from './accounts';
import { caseSignInSchema, signInSchema } from './schemas';
import { authenticateCase } from '@/lib/cases/holder';
import { authSecret } from './secret';
import { clientAddress } from './client-address';
import { recheckSession, stampAtSignIn, type SessionStamp } from './session-state';
import { safeAuthRedirect } from './safe-return';
import { assertOidcUserResolved, completeOidcSignIn, OIDC_PROVIDER_ID, oidcProviders } from './oidc-next';

/** Accounts have a role; a case holder signed in with a case number has none but the case. */
export type SessionRole = Role | 'case_holder';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; role: SessionRole; name?: string | null; caseId?: string };
  }
  interface User {
    role: SessionRole;
    caseId?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT extends SessionStamp {
    revoked?: boolean;
  }
}

/** Error messages thrown here reach the sign-in form as codes it translates. */
export const authOptions: NextAuthOptions = {
  get secret() {
    return authSecret();
  },
  session: { strategy: 'jwt', maxAge: 8 * 3600 },
  // Unprefixed, so the locale proxy sends people (and provider errors as `?error=`) to their own language.
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'E-mail',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error('invalid_credentials');
        // Anything unexpected (a database error quoting the e-mail in its params) must not reach the browser.
        const outcome = await getDb().then((db) => authenticate(db, parsed.data.email, parsed.data.password, clientAddress(req.headers ?? {}))).catch(
          (e: unknown) => { log.error('Sign-in failed', e); throw new Error('unavailable'); },
        );
        if (!outcome.ok) throw new Error(outcome.code === 'locked' ? `locked:${outcome.until.toISOString()}` : outcome.code);
        const u = outcome.user;
        return { id: u.id, email: u.email, role: u.role, name: u.companyName ?? u.displayName ?? null };
      },
    }),
    CredentialsProvider({
      id: 'case',
      name: 'Case number',
      credentials: { number: { type: 'text' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const parsed = caseSignInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error('invalid_credentials');
        const outcome = await getDb().then((db) => authenticateCase(db, parsed.data.number, parsed.data.password, clientAddress(req.headers ?? {}))).catch(
          (e: unknown) => { log.error('Case sign-in failed', e); throw new Error('unavailable'); },
        );
        if (!outcome.ok) throw new Error(outcome.code === 'locked' ? `locked:${outcome.until.toISOString()}` : outcome.code);
        return { id: `case:${outcome.caseId}`, role: 'case_holder', caseId: outcome.caseId, name: outcome.number, email: '' };
      },
    }),
    // Only when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set.
    ...oidcProviders(),
  ],
  callbacks: {
    // No open redirect through next-auth's own callbackUrl either.
    redirect({ url, baseUrl }) {
      return safeAuthRedirect(url, baseUrl);
    },
    signIn({ user, account, profile }) {
      return account?.provider === OIDC_PROVIDER_ID ? completeOidcSignIn(user, profile) : true;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === OIDC_PROVIDER_ID) assertOidcUserResolved(user);
      const db = await getDb();
      if (user) return { ...token, ...(await stampAtSignIn(db, { uid: user.id, role: user.role, caseId: user.caseId })) };
      // Re-read on every request (30 s cache): a disabled account, a raised session version, a reissued
      // case password or the absolute lifetime ends the session; a token without uid is signed out.
      const still = await recheckSession(db, token);
      if (!still) return { revoked: true };
      return { ...token, ...still };
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { id: token.uid, email: token.email ?? '', role: token.role, name: token.name, caseId: token.caseId };
      }
      return session;
    },
  },
};

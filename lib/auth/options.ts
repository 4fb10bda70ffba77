import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import type { Role } from '@/db/schema';
import { authenticate } from './accounts';
import { signInSchema } from './schemas';
import { authSecret } from './secret';
import { clientAddress } from './client-address';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; role: Role; name?: string | null };
  }
  interface User {
    role: Role;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
  }
}

/** Error messages thrown here reach the sign-in form as codes it translates. */
export const authOptions: NextAuthOptions = {
  get secret() {
    return authSecret();
  },
  session: { strategy: 'jwt', maxAge: 8 * 3600 },
  pages: { signIn: '/pl/sign-in' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'E-mail',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error('invalid_credentials');
        const db = await getDb();
        const outcome = await authenticate(db, parsed.data.email, parsed.data.password, clientAddress(req.headers ?? {}));
        if (!outcome.ok) throw new Error(outcome.code === 'locked' ? `locked:${outcome.until.toISOString()}` : outcome.code);
        const u = outcome.user;
        return { id: u.id, email: u.email, role: u.role, name: u.companyName ?? u.displayName ?? null };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { id: token.uid, email: token.email ?? '', role: token.role, name: token.name };
      }
      return session;
    },
  },
};

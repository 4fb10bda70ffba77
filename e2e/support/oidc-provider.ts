import http from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';

/**
 * A real OpenID Connect provider (panva's `oidc-provider`, the certified
 * implementation) for the end-to-end tests: discovery, signed ID tokens, PKCE,
 * userinfo — everything next-auth talks to in production, here on a local port.
 * Its login page is a minimal one of ours with a small in-memory user list.
 */

export const OIDC_CLIENT_ID = 'pobyt-e2e';
// Test-only: the provider exists only during the e2e run, on localhost.
export const OIDC_CLIENT_SECRET = 'e2e-only-client-secret-7f3a9c1d5b2e4f60';
export const OIDC_LABEL = 'Profil Zaufany / login.gov.pl';

/** Derived from the app's port, so parallel e2e runs on one machine do not collide. */
export function oidcPort(): number {
  return Number(process.env.E2E_OIDC_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 800);
}
// 127.0.0.1, not localhost: the server listens there only, whatever localhost resolves to first.
export const oidcIssuer = () => `http://127.0.0.1:${oidcPort()}`;

export type OidcTestUser = { login: string; password: string; sub: string; email: string; email_verified: boolean; name: string };

export const OIDC_USERS = {
  // Unknown here: the first sign-in creates an applicant account.
  newcomer: { login: 'olena', password: 'Olena-IdP-2026', sub: 'idp-0001-olena', email: 'olena.kowalenko@pobyt.test', email_verified: true, name: 'Olena Kowalenko' },
  // The demo applicant's address, verified by the provider: links after the Pobyt password.
  applicant: { login: 'applicant', password: 'Applicant-IdP-2026', sub: 'idp-0002-applicant', email: 'applicant@pobyt.test', email_verified: true, name: 'Anna Demo' },
  // An existing account's address the provider does NOT vouch for: never links.
  unverified: { login: 'unverified', password: 'Unverified-IdP-2026', sub: 'idp-0003-unverified', email: 'employer@pobyt.test', email_verified: false, name: 'Jan Niepotwierdzony' },
  // A staff member's address: refused.
  clerk: { login: 'clerk', password: 'Clerk-IdP-2026', sub: 'idp-0004-clerk', email: 'clerk@pobyt.test', email_verified: true, name: 'Inspektor Demo' },
} satisfies Record<string, OidcTestUser>;

const users: OidcTestUser[] = Object.values(OIDC_USERS);

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, error?: string) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test identity provider – sign in</title></head>
<body><main>
<h1>Test identity provider</h1>
${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
  <p><label for="login">Username</label> <input id="login" name="login" autocomplete="username" required></p>
  <p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required></p>
  <p><button type="submit">Sign in</button></p>
</form>
<form method="post" action="/interaction/${escape(uid)}/abort"><p><button type="submit">Cancel</button></p></form>
</main></body></html>`;
}

async function formBody(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startOidcProvider(opts: { port: number; appUrl: string }): Promise<{ issuer: string; close: () => Promise<void> }> {
  // ESM-only package: loaded here, not at the top, so playwright.config can import the constants above.
  const { default: Provider } = await import('oidc-provider');
  const issuer = `http://127.0.0.1:${opts.port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'e2e', use: 'sig', alg: 'RS256' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [`${opts.appUrl}/api/auth/callback/oidc`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx, sub) {
      const user = users.find((u) => u.sub === sub);
      if (!user) return undefined;
      return { accountId: sub, claims: async () => ({ sub, email: user.email, email_verified: user.email_verified, name: user.name }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    jwks: { keys: [jwk as never] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
  });
  const handleProtocol = provider.callback();

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    const m = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(path);
    if (!m) return void handleProtocol(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      const action = m[2];
      if (req.method === 'GET' && details.prompt.name === 'login') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(details.uid));
        return;
      }
      if (req.method === 'GET' && details.prompt.name === 'consent') {
        // Like a Keycloak client with consent off: the office's own app needs no consent screen.
        const { accountId } = details.session!;
        const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId: details.params.client_id as string });
        const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
        if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(' '));
        if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims);
        const grantId = await grant!.save();
        await provider.interactionFinished(req, res, { consent: details.grantId ? {} : { grantId } }, { mergeWithLastSubmission: true });
        return;
      }
      if (req.method === 'POST' && action === 'login') {
        const body = await formBody(req);
        const user = users.find((u) => u.login === body.get('login') && u.password === body.get('password'));
        if (!user) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(details.uid, 'Wrong username or password.'));
          return;
        }
        await provider.interactionFinished(req, res, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false });
        return;
      }
      if (req.method === 'POST' && action === 'abort') {
        await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'The person cancelled the sign-in.' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      res.writeHead(405).end();
    })().catch((e: unknown) => {
      console.error('test OIDC provider:', e);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The app keeps connections alive; they would hold the teardown open.
        server.closeAllConnections();
      }),
  };
}

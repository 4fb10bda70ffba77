import { afterEach, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { oidcProviders, oidcSettings } from './oidc-next';

const ENV = { OIDC_ISSUER: 'https://login.example.gov.pl/realms/pobyt/', OIDC_CLIENT_ID: 'pobyt', OIDC_CLIENT_SECRET: 's3cret', OIDC_LABEL: 'Profil Zaufany / login.gov.pl' };

function withEnv(env: Partial<typeof ENV>) {
  for (const k of Object.keys(ENV)) delete process.env[k];
  Object.assign(process.env, env);
  resetConfigForTests();
}

afterEach(() => withEnv({}));

describe('OpenID Connect configuration', () => {
  it('is off unless the issuer, client id and secret are all set (empty counts as unset)', () => {
    withEnv({});
    expect(oidcSettings()).toBeNull();
    expect(oidcProviders()).toEqual([]);
    for (const missing of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
      withEnv({ ...ENV, [missing]: '' });
      expect(oidcSettings()).toBeNull();
      expect(oidcProviders()).toEqual([]);
    }
  });

  it('configures next-auth for the issuer’s discovery document, with PKCE, state and the three scopes', () => {
    withEnv(ENV);
    expect(oidcSettings()).toEqual({ issuer: 'https://login.example.gov.pl/realms/pobyt', clientId: 'pobyt', clientSecret: 's3cret', label: ENV.OIDC_LABEL });
    const [oidc, link] = oidcProviders() as unknown as [Record<string, unknown>, Record<string, unknown>];
    expect(oidc).toMatchObject({
      id: 'oidc',
      type: 'oauth',
      wellKnown: 'https://login.example.gov.pl/realms/pobyt/.well-known/openid-configuration',
      checks: ['pkce', 'state'],
      idToken: true,
      authorization: { params: { scope: 'openid email profile' } },
      clientId: 'pobyt',
    });
    // next-auth merges `options` over the defaults when it reads the providers.
    expect(link).toMatchObject({ type: 'credentials', options: { id: 'oidc-link' } });
  });

  it('refuses an issuer that is not a URL at start', () => {
    withEnv({ ...ENV, OIDC_ISSUER: 'not a url' });
    expect(() => oidcSettings()).toThrow(/OIDC_ISSUER/);
  });
});

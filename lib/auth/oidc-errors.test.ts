import { describe, expect, it } from 'vitest';
import pl from '@/messages/pl.json';
import { signInErrorKey } from './oidc-errors';

describe('signInErrorKey', () => {
  it('maps next-auth’s and our codes to translated errors, anything else to the generic one', () => {
    expect(signInErrorKey('OAuthCallback')).toBe('oidc_failed');
    expect(signInErrorKey('OAuthSignin')).toBe('oidc_unavailable');
    expect(signInErrorKey('oidc_staff')).toBe('oidc_staff');
    expect(signInErrorKey(['oidc_link_expired', 'x'])).toBe('oidc_link_expired');
    expect(signInErrorKey('<script>')).toBe('unexpected');
    expect(signInErrorKey('constructor')).toBe('unexpected');
    expect(signInErrorKey(undefined)).toBeNull();
    expect(signInErrorKey('')).toBeNull();
  });

  it('has a Polish message for every key it can return', () => {
    const errors = pl.errors as Record<string, string>;
    for (const code of ['OAuthSignin', 'OAuthCallback', 'AccessDenied', 'oidc_staff', 'oidc_no_email', 'oidc_email_unverified', 'oidc_link_expired', 'nope']) {
      expect(errors[signInErrorKey(code)!]).toBeTruthy();
    }
  });
});

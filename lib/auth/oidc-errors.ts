/**
 * The `?error=` next-auth (or our sign-in callback) puts on the sign-in page,
 * as a key in the `errors` messages. next-auth's own codes are listed at
 * https://next-auth.js.org/configuration/pages#sign-in-page ; a provider's
 * `access_denied` and a failed state/PKCE check both arrive as OAuthCallback.
 */
const codes: Record<string, string> = {
  OAuthSignin: 'oidc_unavailable',
  OAuthCallback: 'oidc_failed',
  OAuthCreateAccount: 'oidc_failed',
  OAuthAccountNotLinked: 'oidc_failed',
  Callback: 'oidc_failed',
  AccessDenied: 'oidc_denied',
  oidc_staff: 'oidc_staff',
  oidc_no_email: 'oidc_no_email',
  oidc_email_unverified: 'oidc_email_unverified',
  oidc_confirm_sent: 'oidc_confirm_sent',
  oidc_link_expired: 'oidc_link_expired',
};

export function signInErrorKey(error: string | string[] | undefined): string | null {
  const value = Array.isArray(error) ? error[0] : error;
  if (!value) return null;
  return Object.hasOwn(codes, value) ? codes[value]! : 'unexpected';
}

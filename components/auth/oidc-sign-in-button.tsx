'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';

/** Starts next-auth's OpenID Connect flow (state + PKCE) towards the office's identity broker. */
export function OidcSignInButton({ label, callbackUrl }: { label: string | null; callbackUrl: string }) {
  const t = useTranslations('oidc');
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button-secondary"
      aria-busy={busy || undefined}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signIn('oidc', { callbackUrl }).catch(() => setBusy(false));
      }}
    >
      {t('signInWith', { provider: label ?? t('defaultProvider') })}
    </button>
  );
}

'use client';

import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { resendVerificationAction } from '@/lib/auth/actions';
import { ProofOfWork } from '@/components/ui/proof-of-work';
import { useErrorMessage } from '@/components/ui/use-error-message';

/** "Send the link again" under an unverified sign-in; like registration, it costs a proof of work. */
export function ResendVerification({ email }: { email: string }) {
  const t = useTranslations('auth.signIn');
  const errorMessage = useErrorMessage();
  const [pow, setPow] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [state, setState] = useState<{ sent: true } | { error: string } | null>(null);
  const onPow = useCallback((p: string | null) => setPow(p), []);
  if (state && 'sent' in state) return <p role="status">{t('resent')}</p>;
  return (
    <>
      {state ? <p role="alert">{state.error}</p> : null}
      <ProofOfWork action="account" onChange={onPow} round={round} />
      <button
        type="button"
        className="button button-secondary"
        disabled={!pow}
        onClick={async () => {
          const r = await resendVerificationAction({ email, pow: pow ?? undefined });
          setRound((n) => n + 1);
          setState(r.ok ? { sent: true } : { error: errorMessage(r) });
        }}
      >
        {t('resend')}
      </button>
    </>
  );
}

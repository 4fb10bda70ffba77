'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { useRouter } from '@/i18n/navigation';
import { verifyEmailAction } from '@/lib/auth/actions';
import { Notice } from '@/components/ui/notice';

// A button, not a bare GET: mail scanners that prefetch links must not use up the token.
export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations('auth.verify');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      method="post"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const result = await verifyEmailAction({ token });
        setBusy(false);
        if (result.ok) router.push({ pathname: '/sign-in', query: { notice: 'verified' } });
        else setError(errorMessage(result.formError));
      }}
    >
      {error ? <Notice kind="error" role="alert">{error}</Notice> : <p>{t('intro')}</p>}
      <button type="submit" className="button" disabled={busy}>
        {t('submit')}
      </button>
    </form>
  );
}

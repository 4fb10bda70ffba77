'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { useRouter } from '@/i18n/navigation';
import { submitApplicationAction } from '@/lib/forms/actions';
import { Notice } from '@/components/ui/notice';

export function SubmitApplication({ applicationId }: { applicationId: string }) {
  const t = useTranslations('forms.engine');
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
        const r = await submitApplicationAction({ applicationId });
        setBusy(false);
        if (r.ok) router.push(`/account/applications/${applicationId}/v/${r.version}`);
        else setError(errorMessage(r.formError));
      }}
    >
      {error ? <Notice kind="error" role="alert">{error}</Notice> : null}
      <p>{t('submitExplained')}</p>
      <button type="submit" className="button" disabled={busy}>
        {t('submit')}
      </button>
    </form>
  );
}

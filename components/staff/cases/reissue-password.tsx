'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { reissuePasswordAction } from '@/lib/cases/actions';
import { Notice } from '@/components/ui/notice';
import { NewCredentials } from './print-letter-form';

export function ReissuePassword({ caseId }: { caseId: string }) {
  const t = useTranslations('cases.staff');
  const errorMessage = useErrorMessage();
  const [issued, setIssued] = useState<{ number: string; password: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (issued) return <NewCredentials caseId={caseId} {...issued} />;
  return (
    <>
      {error ? <Notice kind="error" role="alert">{error}</Notice> : null}
      <p>{t('reissueIntro')}</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={async () => {
          const r = await reissuePasswordAction({ caseId });
          if (r.ok) setIssued({ number: r.number, password: r.password });
          else setError(errorMessage(r.formError));
        }}
      >
        {t('reissue')}
      </button>
    </>
  );
}

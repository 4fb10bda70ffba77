'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { Link } from '@/i18n/navigation';
import { registerFromApplicationAction } from '@/lib/cases/actions';
import { Notice } from '@/components/ui/notice';
import { NewCredentials } from './print-letter-form';

export function RegisterFromApplication({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations('cases.staff');
  const errorMessage = useErrorMessage();
  const [consent, setConsent] = useState(false);
  const [done, setDone] = useState<{ caseId: string; number: string; password: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (done) {
    return (
      <>
        <NewCredentials {...done} />
        <p>
          <Link href={`/staff/cases/${done.caseId}`}>{t('openCase', { number: done.number })}</Link>
        </p>
      </>
    );
  }
  return (
    <form
      method="post"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await registerFromApplicationAction({ applicationId, version, notifyConsent: consent });
        if (r.ok) setDone({ caseId: r.caseId, number: r.number, password: r.password });
        else setError(errorMessage(r.formError));
      }}
    >
      {error ? <Notice kind="error" role="alert">{error}</Notice> : null}
      <div className="choice">
        <input type="checkbox" id="from-app-consent" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        <label htmlFor="from-app-consent">{t('notifyConsent')}</label>
      </div>
      <button type="submit" className="button">
        {t('registerFromApplication')}
      </button>
    </form>
  );
}

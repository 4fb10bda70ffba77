'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { Link } from '@/i18n/navigation';
import { registerFromApplicationAction } from '@/lib/cases/actions';
import { Notice } from '@/components/ui/notice';
import { NewCredentials } from './print-letter-form';

/** When the last comparison of this version found differences, the clerk confirms explicitly (the server insists too). */
export function RegisterFromApplication({ applicationId, version, differences = false }: { applicationId: string; version: number; differences?: boolean }) {
  const t = useTranslations('cases.staff');
  const errorMessage = useErrorMessage();
  const [consent, setConsent] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
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
        const r = await registerFromApplicationAction({ applicationId, version, notifyConsent: consent, acknowledgeDifferences: acknowledged });
        if (r.ok) setDone({ caseId: r.caseId, number: r.number, password: r.password });
        else setError(errorMessage(r));
      }}
    >
      {error ? <Notice kind="error" role="alert">{error}</Notice> : null}
      {differences ? (
        <div className="confirm">
          <p>
            <strong>{t('differencesWarning')}</strong>
          </p>
          <div className="choice">
            <input type="checkbox" id="from-app-differences" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />
            <label htmlFor="from-app-differences">{t('differencesAcknowledge')}</label>
          </div>
        </div>
      ) : null}
      <div className="choice">
        <input type="checkbox" id="from-app-consent" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        <label htmlFor="from-app-consent">{t('notifyConsent')}</label>
      </div>
      <button type="submit" className={differences ? 'button button-warning' : 'button'} disabled={differences && !acknowledged}>
        {t('registerFromApplication')}
      </button>
    </form>
  );
}

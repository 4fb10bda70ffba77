'use client';

import { useTranslations } from 'next-intl';

/** Shows the new credentials once and prints the letter; after leaving the page the password is gone. */
export function NewCredentials({ caseId, number, password }: { caseId: string; number: string; password: string }) {
  const t = useTranslations('cases.staff');
  return (
    <div className="notice notice-success" role="status">
      <p>{t('credentialsIntro')}</p>
      <dl>
        <dt>{t('number')}</dt>
        <dd>
          <strong>{number}</strong>
        </dd>
        <dt>{t('password')}</dt>
        <dd>
          <strong style={{ fontFamily: 'monospace', fontSize: '1.3rem' }}>{password}</strong>
        </dd>
      </dl>
      <form method="post" action={`/api/staff/cases/${caseId}/letter`} target="_blank">
        <input type="hidden" name="password" value={password} />
        <button type="submit" className="button">
          {t('printLetter')}
        </button>
      </form>
      <p>{t('passwordOnce')}</p>
    </div>
  );
}

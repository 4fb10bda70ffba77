'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { createDraftAction } from '@/lib/forms/actions';
import { Notice } from '@/components/ui/notice';

export function NewApplicationForm({ forms }: { forms: { number: number; label: string }[] }) {
  const t = useTranslations('forms.engine');
  const router = useRouter();
  const [choice, setChoice] = useState(String(forms[0]?.number ?? ''));
  const [error, setError] = useState(false);
  return (
    <form
      className="form"
      method="post"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await createDraftAction({ formNumber: choice });
        if (r.ok) router.push(`/account/applications/${r.id}`);
        else setError(true);
      }}
    >
      {error ? <Notice kind="error" role="alert">{t('cannotStart')}</Notice> : null}
      <div className="field">
        <label htmlFor="new-form">{t('whichForm')}</label>
        <select id="new-form" className="input" value={choice} onChange={(e) => setChoice(e.target.value)}>
          {forms.map((f) => (
            <option key={f.number} value={f.number}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('start')}
      </button>
    </form>
  );
}

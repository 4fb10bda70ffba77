'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { createDraftAction } from '@/lib/forms/actions';
import { Notice } from '@/components/ui/notice';

/** Nothing is preselected unless the person came from a form's page: a wrong form started by default is work lost. */
export function NewApplicationForm({ forms, chosen }: { forms: { number: number; label: string }[]; chosen?: number }) {
  const t = useTranslations('forms.engine');
  const tv = useTranslations('validation');
  const router = useRouter();
  const [choice, setChoice] = useState(chosen ? String(chosen) : '');
  const [error, setError] = useState(false);
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="form"
      method="post"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!choice) {
          setMissing(true);
          document.getElementById('new-form')?.focus();
          return;
        }
        const r = await createDraftAction({ formNumber: choice });
        if (r.ok) router.push(`/account/applications/${r.id}`);
        else setError(true);
      }}
    >
      {error ? <Notice kind="error" role="alert">{t('cannotStart')}</Notice> : null}
      <div className={`field${missing ? ' field-error' : ''}`}>
        <label htmlFor="new-form">{t('whichForm')}</label>
        {missing ? (
          <span className="error-message" id="new-form-error">
            {tv('choose_form')}
          </span>
        ) : null}
        <select
          id="new-form"
          className="input"
          value={choice}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? 'new-form-error' : undefined}
          onChange={(e) => {
            setChoice(e.target.value);
            setMissing(false);
          }}
        >
          <option value="">{t('chooseForm')}</option>
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

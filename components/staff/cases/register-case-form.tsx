'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { registerCaseSchema } from '@/lib/cases/schemas';
import { registerCaseAction } from '@/lib/cases/actions';
import { FORMS } from '@/lib/forms/catalogue';
import { routing } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { SelectField } from '@/components/ui/select-field';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { Notice } from '@/components/ui/notice';
import { NewCredentials } from './print-letter-form';

export function RegisterCaseForm() {
  const t = useTranslations('cases.staff');
  const tf = useTranslations('forms');
  const tl = useTranslations('localeSwitcher');
  const [done, setDone] = useState<{ caseId: string; number: string; password: string } | null>(null);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: registerCaseSchema,
    action: registerCaseAction,
    idPrefix: 'newcase',
    defaultValues: { formNumber: 1, applicantName: '', contactEmail: '', contactPhone: '', notifyConsent: false, locale: 'pl' },
    onSuccess: (r) => setDone({ caseId: r.caseId, number: r.number, password: r.password }),
  });
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
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <SelectField
        id={fieldId('formNumber')}
        label={t('formType')}
        options={FORMS.map((f) => ({ value: String(f.number), label: `${tf('number', { number: f.number })}: ${f.officialName}` }))}
        error={errorOf('formNumber')}
        {...form.register('formNumber')}
      />
      <TextField id={fieldId('applicantName')} label={t('applicantName')} hint={t('applicantNameHint')} autoComplete="off" error={errorOf('applicantName')} {...form.register('applicantName')} />
      <TextField id={fieldId('contactEmail')} label={t('contactEmail')} type="email" autoComplete="off" error={errorOf('contactEmail')} {...form.register('contactEmail')} />
      <TextField id={fieldId('contactPhone')} label={t('contactPhone')} hint={t('contactPhoneHint')} type="tel" autoComplete="off" error={errorOf('contactPhone')} {...form.register('contactPhone')} />
      <SelectField
        id={fieldId('locale')}
        label={t('noticeLanguage')}
        options={routing.locales.map((l) => ({ value: l, label: tl(`names.${l}`) }))}
        error={errorOf('locale')}
        {...form.register('locale')}
      />
      <CheckboxField id={fieldId('notifyConsent')} label={t('notifyConsent')} error={errorOf('notifyConsent')} {...form.register('notifyConsent')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('register')}
      </button>
    </form>
  );
}

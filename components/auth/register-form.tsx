'use client';

import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { registerSchema } from '@/lib/auth/schemas';
import { registerAction } from '@/lib/auth/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { RadioGroup } from '@/components/ui/radio-group';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { Notice } from '@/components/ui/notice';
import { ProofOfWork } from '@/components/ui/proof-of-work';

export function RegisterForm() {
  const t = useTranslations('auth.register');
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const [pow, setPow] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const onPow = useCallback((p: string | null) => setPow(p), []);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: registerSchema,
    action: async (values) => {
      const result = await registerAction({ ...values, pow: pow ?? undefined });
      // A solution is spent (or refused) with each attempt: solve a new one for the next.
      setRound((r) => r + 1);
      return result;
    },
    idPrefix: 'register',
    defaultValues: { accountType: 'applicant', email: '', password: '', companyName: '', nip: '' },
    onSuccess: () => setDoneFor(form.getValues('email')),
  });
  const { register, watch, formState } = form;

  if (doneFor) {
    return (
      <Notice kind="success" role="status">
        <h2>{t('successTitle')}</h2>
        <p>{t('successBody', { email: doneFor })}</p>
      </Notice>
    );
  }

  const employer = watch('accountType') === 'employer';
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <RadioGroup
        id={fieldId('accountType')}
        legend={t('accountType')}
        options={[
          { value: 'applicant', label: t('applicant') },
          { value: 'employer', label: t('employer') },
        ]}
        error={errorOf('accountType')}
        {...register('accountType')}
      />
      {employer ? (
        <>
          <TextField id={fieldId('companyName')} label={t('companyName')} autoComplete="organization" error={errorOf('companyName')} {...register('companyName')} />
          <TextField id={fieldId('nip')} label={t('nip')} hint={t('nipHint')} inputMode="numeric" error={errorOf('nip')} {...register('nip')} />
        </>
      ) : null}
      <TextField id={fieldId('email')} label={t('email')} type="email" autoComplete="email" spellCheck={false} error={errorOf('email')} {...register('email')} />
      <TextField
        id={fieldId('password')}
        label={t('password')}
        hint={t('passwordHint')}
        type="password"
        autoComplete="new-password"
        error={errorOf('password')}
        {...register('password')}
      />
      <CheckboxField
        id={fieldId('acceptTerms')}
        label={t.rich('acceptTerms', { link: (chunks) => <Link href="/terms">{chunks}</Link> })}
        error={errorOf('acceptTerms')}
        {...register('acceptTerms')}
      />
      <ProofOfWork action="account" onChange={onPow} round={round} />
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {t('submit')}
      </button>
    </form>
  );
}

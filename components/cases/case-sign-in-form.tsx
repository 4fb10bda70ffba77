'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useFormatter, useTranslations } from 'next-intl';
import { caseSignInSchema } from '@/lib/auth/schemas';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';

export function CaseSignInForm({ casePath }: { casePath: string }) {
  const t = useTranslations('cases.signIn');
  const format = useFormatter();
  const [refusal, setRefusal] = useState<string | null>(null);
  const { form, onSubmit, summary, focusKey, errorOf, fieldId } = useActionForm({
    schema: caseSignInSchema,
    idPrefix: 'case',
    defaultValues: { number: '', password: '' },
    action: async (values) => {
      const res = await signIn('case', { redirect: false, number: values.number, password: values.password });
      if (res?.ok && !res.error) {
        window.location.assign(casePath);
        return { ok: true };
      }
      const error = res?.error ?? 'invalid_credentials';
      setRefusal(
        error.startsWith('locked:')
          ? t('locked', { time: format.dateTime(new Date(error.slice(7)), { dateStyle: 'medium', timeStyle: 'short' }) })
          : error === 'unavailable'
            ? t('unavailable')
            : t('invalid'),
      );
      return { ok: true };
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {refusal ? <Notice kind="error" role="alert">{refusal}</Notice> : null}
      <TextField id={fieldId('number')} label={t('number')} hint={t('numberHint')} autoComplete="username" spellCheck={false} error={errorOf('number')} {...form.register('number')} />
      <TextField id={fieldId('password')} label={t('password')} hint={t('passwordHint')} type="password" autoComplete="current-password" error={errorOf('password')} {...form.register('password')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('submit')}
      </button>
    </form>
  );
}

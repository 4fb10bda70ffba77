'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { changePasswordSchema } from '@/lib/auth/schemas';
import { changePasswordAction } from '@/lib/auth/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';

export function ChangePasswordForm() {
  const t = useTranslations('auth.change');
  const tr = useTranslations('auth.register');
  const [done, setDone] = useState(false);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    idPrefix: 'change',
    defaultValues: { current: '', password: '', confirm: '' },
    onSuccess: () => {
      setDone(true);
      form.reset();
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {done ? <Notice kind="success" role="status">{t('success')}</Notice> : null}
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <TextField id={fieldId('current')} label={t('current')} type="password" autoComplete="current-password" error={errorOf('current')} {...form.register('current')} />
      <TextField id={fieldId('password')} label={t('password')} hint={tr('passwordHint')} type="password" autoComplete="new-password" error={errorOf('password')} {...form.register('password')} />
      <TextField id={fieldId('confirm')} label={t('confirm')} type="password" autoComplete="new-password" error={errorOf('confirm')} {...form.register('confirm')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('submit')}
      </button>
    </form>
  );
}

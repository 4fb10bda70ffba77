'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { emailOnlySchema } from '@/lib/auth/schemas';
import { requestPasswordResetAction } from '@/lib/auth/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';

export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot');
  const [sent, setSent] = useState(false);
  const { form, onSubmit, summary, focusKey, errorOf, fieldId } = useActionForm({
    schema: emailOnlySchema,
    action: requestPasswordResetAction,
    idPrefix: 'forgot',
    defaultValues: { email: '' },
    onSuccess: () => setSent(true),
  });
  if (sent) return <Notice kind="success" role="status">{t('sent')}</Notice>;
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <p>{t('intro')}</p>
      <TextField id={fieldId('email')} label={t('email')} type="email" autoComplete="email" error={errorOf('email')} {...form.register('email')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('submit')}
      </button>
    </form>
  );
}

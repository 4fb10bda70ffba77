'use client';

import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { emailOnlySchema } from '@/lib/auth/schemas';
import { requestPasswordResetAction } from '@/lib/auth/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';
import { ProofOfWork } from '@/components/ui/proof-of-work';

export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot');
  const [sent, setSent] = useState(false);
  const [pow, setPow] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const onPow = useCallback((p: string | null) => setPow(p), []);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: emailOnlySchema,
    action: async (values) => {
      const result = await requestPasswordResetAction({ ...values, pow: pow ?? undefined });
      setRound((r) => r + 1);
      return result;
    },
    idPrefix: 'forgot',
    defaultValues: { email: '' },
    onSuccess: () => setSent(true),
  });
  if (sent) return <Notice kind="success" role="status">{t('sent')}</Notice>;
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <p>{t('intro')}</p>
      <TextField id={fieldId('email')} label={t('email')} type="email" autoComplete="email" error={errorOf('email')} {...form.register('email')} />
      <ProofOfWork action="account" onChange={onPow} round={round} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('submit')}
      </button>
    </form>
  );
}

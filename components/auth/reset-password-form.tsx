'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { resetPasswordSchema } from '@/lib/auth/schemas';
import { resetPasswordAction } from '@/lib/auth/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth.reset');
  const tr = useTranslations('auth.register');
  const router = useRouter();
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    idPrefix: 'reset',
    defaultValues: { token, password: '', confirm: '' },
    onSuccess: () => router.push({ pathname: '/sign-in', query: { notice: 'reset' } }),
  });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <input type="hidden" {...form.register('token')} />
      <TextField id={fieldId('password')} label={t('password')} hint={tr('passwordHint')} type="password" autoComplete="new-password" error={errorOf('password')} {...form.register('password')} />
      <TextField id={fieldId('confirm')} label={t('confirm')} type="password" autoComplete="new-password" error={errorOf('confirm')} {...form.register('confirm')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('submit')}
      </button>
    </form>
  );
}

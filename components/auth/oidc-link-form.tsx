'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { oidcLinkSchema } from '@/lib/auth/oidc-schemas';
import { useActionForm } from '@/components/ui/use-action-form';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';

/**
 * The password proof that links a provider identity to an existing account.
 * It goes to next-auth's `oidc-link` credentials provider, which reads the
 * sealed pending link from its HttpOnly cookie and signs in on success.
 */
export function OidcLinkForm({ accountUrl }: { accountUrl: string }) {
  const t = useTranslations('oidc.link');
  const ts = useTranslations('auth.signIn');
  const errorMessage = useErrorMessage();
  const format = useFormatter();
  const [refusal, setRefusal] = useState<string | null>(null);

  const { form, onSubmit, summary, focusKey, errorOf, fieldId } = useActionForm({
    schema: oidcLinkSchema,
    idPrefix: 'oidc-link',
    defaultValues: { password: '' },
    action: async (values) => {
      setRefusal(null);
      const res = await signIn('oidc-link', { redirect: false, password: values.password });
      if (res?.ok && !res.error) {
        window.location.assign(accountUrl);
        return { ok: true };
      }
      const code = res?.error ?? 'unexpected';
      if (code.startsWith('locked:')) {
        setRefusal(ts('locked', { time: format.dateTime(new Date(code.slice('locked:'.length)), { dateStyle: 'medium', timeStyle: 'short' }) }));
      } else {
        setRefusal(code === 'invalid_credentials' ? t('wrongPassword') : errorMessage(code));
      }
      form.setValue('password', '');
      return { ok: true };
    },
  });

  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {refusal ? (
        <Notice kind="error" role="alert">
          <p>{refusal}</p>
        </Notice>
      ) : null}
      <TextField id={fieldId('password')} label={t('password')} type="password" autoComplete="current-password" error={errorOf('password')} {...form.register('password')} />
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {t('submit')}
        </button>
        <Link href="/forgot-password">{t('noPassword')}</Link>
        <Link href="/sign-in">{t('cancel')}</Link>
      </div>
    </form>
  );
}

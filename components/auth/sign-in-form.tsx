'use client';

import { safeReturn } from '@/lib/auth/safe-return';
import { useState } from 'react';
import { getSession, signIn } from 'next-auth/react';
import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { signInSchema } from '@/lib/auth/schemas';
import { ResendVerification } from './resend-verification';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';

type Refusal = { code: 'invalid_credentials' | 'unverified' | 'unavailable' } | { code: 'locked'; until: Date };

function parseRefusal(error: string): Refusal {
  if (error.startsWith('locked:')) return { code: 'locked', until: new Date(error.slice('locked:'.length)) };
  if (error === 'unverified' || error === 'unavailable') return { code: error };
  return { code: 'invalid_credentials' };
}

/**
 * `staffHome`: where staff land when the sign-in was not on the way to a page
 * (`callbackUrl` is then only the applicant's default, the account page).
 */
export function SignInForm({ callbackUrl, staffHome, notice }: { callbackUrl: string; staffHome?: string; notice?: string }) {
  const t = useTranslations('auth.signIn');
  const format = useFormatter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  // Credentials go to next-auth's own endpoint; the schema still checks them first.
  const { form, onSubmit, summary, focusKey, errorOf, fieldId } = useActionForm({
    schema: signInSchema,
    idPrefix: 'signin',
    defaultValues: { email: '', password: '' },
    action: async (values) => {
      const res = await signIn('credentials', { redirect: false, email: values.email, password: values.password });
      if (res?.ok && !res.error) {
        const role = staffHome ? (await getSession())?.user?.role : undefined;
        const staff = role === 'clerk' || role === 'reception' || role === 'admin';
        // Checked again here: the prop is the only thing standing between the query string and the browser.
        window.location.assign(safeReturn(staff ? staffHome : callbackUrl, '/'));
        return { ok: true };
      }
      setRefusal(parseRefusal(res?.error ?? 'invalid_credentials'));
      return { ok: true };
    },
  });

  const message = (r: Refusal) =>
    r.code === 'locked'
      ? t('locked', { time: format.dateTime(r.until, { dateStyle: 'medium', timeStyle: 'short' }) })
      : t(r.code);

  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {notice && !refusal ? <Notice kind="success" role="status">{notice}</Notice> : null}
      {refusal ? (
        <Notice kind="error" role="alert">
          <p>{message(refusal)}</p>
          {refusal.code === 'unverified' ? <ResendVerification email={form.getValues('email')} /> : null}
        </Notice>
      ) : null}
      <TextField id={fieldId('email')} label={t('email')} type="email" autoComplete="username" spellCheck={false} error={errorOf('email')} {...form.register('email')} />
      <TextField id={fieldId('password')} label={t('password')} type="password" autoComplete="current-password" error={errorOf('password')} {...form.register('password')} />
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {t('submit')}
        </button>
        <Link href="/forgot-password">{t('forgot')}</Link>
        <Link href="/register">{t('noAccount')}</Link>
      </div>
    </form>
  );
}

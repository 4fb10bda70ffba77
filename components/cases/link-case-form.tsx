'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { linkCaseSchema } from '@/lib/cases/schemas';
import { linkCaseAction } from '@/lib/cases/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';

export function LinkCaseForm() {
  const t = useTranslations('cases.signIn');
  const tl = useTranslations('cases.linked');
  const router = useRouter();
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: linkCaseSchema,
    action: linkCaseAction,
    idPrefix: 'link',
    defaultValues: { number: '', password: '' },
    onSuccess: (r) => router.push(`/account/cases/${r.caseId}`),
  });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <TextField id={fieldId('number')} label={t('number')} hint={t('numberHint')} spellCheck={false} error={errorOf('number')} {...form.register('number')} />
      <TextField id={fieldId('password')} label={t('password')} type="password" autoComplete="off" error={errorOf('password')} {...form.register('password')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {tl('link')}
      </button>
    </form>
  );
}

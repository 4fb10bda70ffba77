'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { messageSchema } from '@/lib/cases/schemas';
import { postMessageAction } from '@/lib/cases/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextareaField } from '@/components/ui/textarea-field';
import { Notice } from '@/components/ui/notice';

export function MessageForm({ caseId }: { caseId: string }) {
  const t = useTranslations('cases.staff');
  const router = useRouter();
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: messageSchema,
    action: postMessageAction,
    idPrefix: 'message',
    defaultValues: { caseId, body: '' },
    onSuccess: () => {
      form.reset({ caseId, body: '' });
      router.refresh();
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <TextareaField id={fieldId('body')} label={t('messageBody')} hint={t('messageHint')} rows={4} error={errorOf('body')} {...form.register('body')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('sendMessage')}
      </button>
    </form>
  );
}

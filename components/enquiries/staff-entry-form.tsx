'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { staffEntrySchema, MESSAGE_MAX } from '@/lib/enquiries/schemas';
import { noteEnquiryAction, replyEnquiryAction } from '@/lib/enquiries/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextareaField } from '@/components/ui/textarea-field';
import { Notice } from '@/components/ui/notice';

/** A reply to the sender or an internal note: the same form, different actions and words. */
export function StaffEntryForm({ enquiryId, mode }: { enquiryId: string; mode: 'reply' | 'note' }) {
  const t = useTranslations('staffEnquiries');
  const router = useRouter();
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: staffEntrySchema,
    action: mode === 'reply' ? replyEnquiryAction : noteEnquiryAction,
    idPrefix: mode,
    defaultValues: { enquiryId, body: '' },
    onSuccess: () => {
      form.reset({ enquiryId, body: '' });
      router.refresh();
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? (
        <Notice kind="error" role="alert">
          {formError}
        </Notice>
      ) : null}
      <TextareaField
        id={fieldId('body')}
        label={mode === 'reply' ? t('replyLabel') : t('noteLabel')}
        hint={mode === 'reply' ? t('replyHint', { max: MESSAGE_MAX }) : t('noteHint')}
        rows={mode === 'reply' ? 8 : 3}
        error={errorOf('body')}
        {...form.register('body')}
      />
      <button type="submit" className={mode === 'reply' ? 'button' : 'button button-secondary'} disabled={form.formState.isSubmitting}>
        {mode === 'reply' ? t('sendReply') : t('addNote')}
      </button>
    </form>
  );
}

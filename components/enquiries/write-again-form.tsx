'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { writeAgainAction } from '@/lib/enquiries/actions';
import { followUpSchema, MESSAGE_MAX } from '@/lib/enquiries/schemas';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextareaField } from '@/components/ui/textarea-field';
import { Notice } from '@/components/ui/notice';

/** The sender writes again, through the link’s token or (signed in) the item’s id. */
export function WriteAgainForm({ access }: { access: { token: string } | { id: string } }) {
  const t = useTranslations('enquiries.view');
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: followUpSchema,
    action: writeAgainAction,
    idPrefix: 'again',
    defaultValues: { ...access, body: '' },
    onSuccess: () => {
      form.reset({ ...access, body: '' });
      setDone(true);
      router.refresh();
    },
  });
  const length = (form.watch('body') ?? '').length;
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? (
        <Notice kind="error" role="alert">
          {formError}
        </Notice>
      ) : done ? (
        <Notice kind="success" role="status">
          {t('writeAgainSent')}
        </Notice>
      ) : null}
      <TextareaField
        id={fieldId('body')}
        label={t('writeAgainLabel')}
        hint={t('writeAgainHint', { max: MESSAGE_MAX, used: length })}
        rows={6}
        error={errorOf('body')}
        {...form.register('body', { onChange: () => setDone(false) })}
      />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('writeAgainSubmit')}
      </button>
    </form>
  );
}

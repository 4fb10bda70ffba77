'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { missingDocumentSchema } from '@/lib/cases/schemas';
import { saveMissingDocumentAction } from '@/lib/cases/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { Notice } from '@/components/ui/notice';

/** Adds a missing document, or edits one when `doc` is given. */
export function MissingDocumentForm({ caseId, doc, onDone }: { caseId: string; doc?: { id: number; title: string; remark: string | null }; onDone?: () => void }) {
  const t = useTranslations('cases.staff');
  const router = useRouter();
  const prefix = doc ? `doc-${doc.id}` : 'doc-new';
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: missingDocumentSchema,
    action: saveMissingDocumentAction,
    idPrefix: prefix,
    defaultValues: { caseId, docId: doc?.id, title: doc?.title ?? '', remark: doc?.remark ?? '' },
    onSuccess: () => {
      if (!doc) form.reset({ caseId, title: '', remark: '' });
      onDone?.();
      router.refresh();
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <TextField id={fieldId('title')} label={t('documentTitle')} error={errorOf('title')} {...form.register('title')} />
      <TextareaField id={fieldId('remark')} label={t('documentRemark')} hint={t('documentRemarkHint')} rows={2} error={errorOf('remark')} {...form.register('remark')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {doc ? t('saveDocument') : t('addDocument')}
      </button>
    </form>
  );
}

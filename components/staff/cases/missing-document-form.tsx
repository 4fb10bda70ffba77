'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { missingDocumentSchema } from '@/lib/cases/schemas';
import { saveMissingDocumentAction } from '@/lib/cases/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { SelectField } from '@/components/ui/select-field';
import { useWatch } from 'react-hook-form';
import { STANDARD_DOCUMENTS, type StandardDocument } from '@/lib/cases/standard-documents';
import { TextareaField } from '@/components/ui/textarea-field';
import { Notice } from '@/components/ui/notice';

/** Adds a missing document, or edits one when `doc` is given. */
export function MissingDocumentForm({ caseId, doc, onDone }: { caseId: string; doc?: { id: number; kind: string | null; title: string; remark: string | null }; onDone?: () => void }) {
  const t = useTranslations('cases.staff');
  const td = useTranslations('missingDocuments');
  const router = useRouter();
  const prefix = doc ? `doc-${doc.id}` : 'doc-new';
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: missingDocumentSchema,
    action: saveMissingDocumentAction,
    idPrefix: prefix,
    defaultValues: { caseId, docId: doc?.id, kind: (doc?.kind ?? '') as StandardDocument | '', title: doc?.kind ? '' : (doc?.title ?? ''), remark: doc?.remark ?? '' },
    onSuccess: () => {
      if (!doc) form.reset({ caseId, kind: '', title: '', remark: '' });
      onDone?.();
      router.refresh();
    },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <SelectField
        id={fieldId('kind')}
        label={t('documentKind')}
        hint={t('documentKindHint')}
        options={[{ value: '', label: t('documentOther') }, ...STANDARD_DOCUMENTS.map((k) => ({ value: k, label: td(k) }))]}
        error={errorOf('kind')}
        {...form.register('kind')}
      />
      {!kind ? <TextField id={fieldId('title')} label={t('documentTitle')} error={errorOf('title')} {...form.register('title')} /> : null}
      <TextareaField id={fieldId('remark')} label={t('documentRemark')} hint={t('documentRemarkHint')} rows={2} error={errorOf('remark')} {...form.register('remark')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {doc ? t('saveDocument') : t('addDocument')}
      </button>
    </form>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { assignSchema } from '@/lib/cases/schemas';
import { assignCaseAction } from '@/lib/cases/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { SelectField } from '@/components/ui/select-field';
import { Notice } from '@/components/ui/notice';

export function AssignForm({ caseId, current, staff }: { caseId: string; current: string | null; staff: { id: string; email: string; displayName: string | null }[] }) {
  const t = useTranslations('cases.staff');
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, fieldId } = useActionForm({
    schema: assignSchema,
    action: assignCaseAction,
    idPrefix: 'assign',
    defaultValues: { caseId, assigneeId: current ?? '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <SelectField
        id={fieldId('assigneeId')}
        label={t('assignee')}
        options={[{ value: '', label: t('unassigned') }, ...staff.map((s) => ({ value: s.id, label: s.displayName ? `${s.displayName} (${s.email})` : s.email }))]}
        error={errorOf('assigneeId')}
        {...form.register('assigneeId')}
      />
      <button type="submit" className="button button-secondary" disabled={form.formState.isSubmitting}>
        {t('assign')}
      </button>
    </form>
  );
}

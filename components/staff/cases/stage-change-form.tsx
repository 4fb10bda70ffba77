'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { changeStageSchema } from '@/lib/cases/schemas';
import { changeStageAction } from '@/lib/cases/actions';
import type { Stage } from '@/lib/cases/stages';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { Notice } from '@/components/ui/notice';

/** Offers only the moves the stage model allows; the server checks again. */
export function StageChangeForm({ caseId, allowed }: { caseId: string; allowed: readonly Stage[] }) {
  const t = useTranslations('cases.staff');
  const ts = useTranslations('stages');
  const router = useRouter();
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: changeStageSchema,
    action: changeStageAction,
    idPrefix: 'stage',
    defaultValues: { caseId, stage: allowed[0], note: '' },
    onSuccess: () => {
      form.reset({ caseId, stage: undefined, note: '' });
      router.refresh();
    },
  });
  if (!allowed.length) return <p>{t('noMoves')}</p>;
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <SelectField id={fieldId('stage')} label={t('newStage')} options={allowed.map((s) => ({ value: s, label: ts(`list.${s}.name`) }))} error={errorOf('stage')} {...form.register('stage')} />
      <TextareaField id={fieldId('note')} label={t('note')} hint={t('noteHint')} rows={2} error={errorOf('note')} {...form.register('note')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('changeStage')}
      </button>
    </form>
  );
}

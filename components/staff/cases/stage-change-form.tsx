'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { useRouter } from '@/i18n/navigation';
import { changeStageSchema } from '@/lib/cases/schemas';
import { changeStageAction } from '@/lib/cases/actions';
import { STAGE_GROUP, type Stage } from '@/lib/cases/stages';
import { useActionForm } from '@/components/ui/use-action-form';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';

type Pending = { stage: Stage; note?: string; dueDate?: string };

/**
 * Offers only the moves the stage model allows; the server checks again. A
 * change notifies the holder and cannot be undone, so it is confirmed first,
 * and the select starts from "— choose —" again afterwards (it never keeps a
 * stage that a second click would apply).
 */
export function StageChangeForm({ caseId, current, allowed }: { caseId: string; current: Stage; allowed: readonly Stage[] }) {
  const t = useTranslations('cases.staff');
  const ts = useTranslations('stages');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<{ from: Stage; to: Stage } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: changeStageSchema,
    // The first submit only asks; the confirmation below runs the change.
    action: async (values) => {
      setDone(null);
      setConfirmError(null);
      setPending({ stage: values.stage as Stage, note: values.note, dueDate: values.dueDate });
      return { ok: true };
    },
    idPrefix: 'stage',
    defaultValues: { caseId, stage: '' as never, note: '', dueDate: '' },
  });
  const chosen = useWatch({ control: form.control, name: 'stage' }) as Stage | '';
  const isSummons = Boolean(chosen) && STAGE_GROUP[chosen as Stage] === 'summons';
  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);
  if (!allowed.length) return <p>{t('noMoves')}</p>;
  const name = (s: Stage) => ts(`list.${s}.name`);

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    const r = await changeStageAction({ caseId, stage: pending.stage, note: pending.note, dueDate: pending.dueDate });
    setBusy(false);
    if (!r.ok) {
      setConfirmError(errorMessage(r));
      return;
    }
    setDone({ from: current, to: pending.stage });
    setPending(null);
    form.reset({ caseId, stage: '' as never, note: '', dueDate: '' });
    router.refresh();
  };

  return (
    <>
      {done ? (
        <Notice kind="success" role="status">
          {t('stageChanged', { from: name(done.from), to: name(done.to) })}
        </Notice>
      ) : null}
      {pending ? (
        <div className="confirm" role="group" aria-labelledby="stage-confirm-title">
          <p id="stage-confirm-title">
            <strong>{t('confirmStage', { from: name(current), to: name(pending.stage) })}</strong>
          </p>
          {pending.dueDate ? <p>{t('dueDate')}: {pending.dueDate}</p> : null}
          <p>{t('confirmStageHint')}</p>
          {confirmError ? <Notice kind="error" role="alert">{confirmError}</Notice> : null}
          <div className="actions">
            <button ref={confirmRef} type="button" className="button button-warning" disabled={busy} onClick={confirm}>
              {t('confirmStageYes', { to: name(pending.stage) })}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setPending(null)}>
              {t('confirmStageNo')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" method="post" noValidate onSubmit={onSubmit}>
          <ErrorSummary items={summary} focusKey={focusKey} />
          {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
          <SelectField
            id={fieldId('stage')}
            label={t('newStage')}
            options={[{ value: '', label: t('chooseStage') }, ...allowed.map((s) => ({ value: s, label: name(s) }))]}
            error={errorOf('stage')}
            {...form.register('stage')}
          />
          {isSummons ? <TextField id={fieldId('dueDate')} type="date" label={t('dueDate')} hint={t('dueDateHint')} error={errorOf('dueDate')} {...form.register('dueDate')} /> : null}
          <TextareaField id={fieldId('note')} label={t('note')} hint={t('noteHint')} rows={2} error={errorOf('note')} {...form.register('note')} />
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {t('changeStage')}
          </button>
        </form>
      )}
    </>
  );
}

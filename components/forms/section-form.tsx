'use client';

import { useState } from 'react';
import { useWatch, type Control, type FieldValues, type UseFormRegister, type UseFormReturn } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { formDefinition } from '@/lib/forms/definitions';
import { sectionSchema } from '@/lib/forms/engine/schema';
import { conditionHolds } from '@/lib/forms/engine/conditions';
import { isRepeat, type FieldDef, type RepeatDef, type SectionData } from '@/lib/forms/engine/types';
import { saveSectionAction, saveSectionDraftAction } from '@/lib/forms/actions';
import { warsawDate } from '@/lib/calendar/dates';
import { useActionForm } from '@/components/ui/use-action-form';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Notice } from '@/components/ui/notice';
import { FieldInput } from './field-input';
import { useKeptValues } from './use-kept-values';

type Props = {
  applicationId: string;
  formNumber: number;
  sectionId: string;
  initial: SectionData;
  /** When the application was last saved: typed values kept in the tab apply only over this save. */
  savedAt: string;
  nextHref: string;
  overviewHref: string;
};

/**
 * Repeated items (family members, trips). Added and removed with setValue rather
 * than useFieldArray, whose validation on every append flagged the new item's
 * empty fields at once; the inputs are controlled and keyed by position.
 */
function RepeatInput({ repeat, control, register, errorOf, fieldId, items, setItems }: { repeat: RepeatDef; control: Control<FieldValues>; register: UseFormRegister<FieldValues>; errorOf: (p: string) => string | undefined; fieldId: (p: string) => string; items: Record<string, unknown>[]; setItems: (next: Record<string, unknown>[]) => void }) {
  const t = useTranslations();
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  return (
    <fieldset className="field repeat">
      <legend>{tr(`${repeat.text}.label`)}</legend>
      {items.map((_item, i) => (
        <fieldset key={i} className="card repeat-item">
          <legend>{tr(`${repeat.itemText}.label`, { number: i + 1 })}</legend>
          {repeat.fields.map((f) => (
            <FieldInput key={f.name} field={f} name={`${repeat.name}.${i}.${f.name}`} id={fieldId(`${repeat.name}.${i}.${f.name}`)} error={errorOf(`${repeat.name}.${i}.${f.name}`)} register={register} control={control} controlled />
          ))}
          <button type="button" className="button button-secondary" onClick={() => setItems(items.filter((_, j) => j !== i))}>
            {tr('forms.engine.remove', { item: tr(`${repeat.itemText}.label`, { number: i + 1 }) })}
          </button>
        </fieldset>
      ))}
      {items.length < repeat.max ? (
        <button type="button" className="button button-secondary" onClick={() => setItems([...items, Object.fromEntries(repeat.fields.map((f) => [f.name, f.type === 'checkbox' ? false : '']))])}>
          {tr('forms.engine.add', { item: tr(`${repeat.itemText}.label`, { number: items.length + 1 }) })}
        </button>
      ) : null}
    </fieldset>
  );
}

/** One section of an application: validated as each field is left and on "save and continue", then saved as a draft. */
export function SectionForm({ applicationId, formNumber, sectionId, initial, savedAt, nextHref, overviewHref }: Props) {
  const t = useTranslations('forms.engine');
  const router = useRouter();
  const section = formDefinition(formNumber)!.sections.find((s) => s.id === sectionId)!;
  // One schema for the life of the page: a new one per render would restart validation mid-typing.
  const [schema] = useState(() => sectionSchema(section, warsawDate(new Date())));
  const tAll = useTranslations();
  const errorMessage = useErrorMessage();
  // "Repeat item N: field", so that no two messages in the summary read the same.
  const fieldLabel = (path: string) => {
    const [name, index, sub] = path.split('.');
    const top = section.fields.find((f) => f.name === name);
    if (!top) return undefined;
    if (!isRepeat(top)) return tAll(`${top.text}.label` as never);
    const inner = top.fields.find((f) => f.name === sub);
    const item = tAll(`${top.itemText}.label` as never, { number: Number(index) + 1 } as never);
    return inner ? `${item}: ${tAll(`${inner.text}.label` as never)}` : item;
  };
  const { form, onSubmit, summary, focusKey, formError, setFormError, bumpFocus, errorOf, fieldId } = useActionForm({
    schema: schema as never,
    idPrefix: sectionId,
    fieldLabel,
    defaultValues: initial as never,
    action: (values) => saveSectionAction({ applicationId, sectionId, values }),
    onSuccess: () => {
      kept.forget();
      router.push(nextHref);
    },
  });
  const kept = useKeptValues(`pobyt:section:${applicationId}:${sectionId}`, savedAt, form as unknown as UseFormReturn<FieldValues>);
  const [drafting, setDrafting] = useState(false);
  // Saved as typed, without the section's rules; only a value too long or of the wrong kind is refused.
  const saveDraft = async () => {
    setDrafting(true);
    form.clearErrors();
    setFormError(null);
    const result = await saveSectionDraftAction({ applicationId, sectionId, values: form.getValues() });
    setDrafting(false);
    if (result.ok) {
      kept.forget();
      router.push(`${overviewHref}?saved=draft`);
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) form.setError(name as never, { type: 'server', message: code });
    if (result.formError) setFormError(errorMessage(result));
    bumpFocus();
  };
  const values = (useWatch({ control: form.control }) ?? {}) as Record<string, unknown>;
  const register = form.register as unknown as UseFormRegister<FieldValues>;
  const shown = (f: FieldDef | RepeatDef) => conditionHolds(f.showIf, values);
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      {kept.restored ? <Notice role="status">{t('restored')}</Notice> : null}
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      {section.fields.filter(shown).map((f) =>
        isRepeat(f) ? (
          <RepeatInput
            key={f.name}
            repeat={f}
            control={form.control as unknown as Control<FieldValues>}
            register={register}
            errorOf={errorOf}
            fieldId={fieldId}
            items={(values[f.name] as Record<string, unknown>[] | undefined) ?? []}
            setItems={(next) => (form.setValue as (n: string, v: unknown, o: object) => void)(f.name, next, { shouldDirty: true })}
          />
        ) : (
          <FieldInput key={f.name} field={f} name={f.name} id={fieldId(f.name)} error={errorOf(f.name)} register={register} control={form.control as unknown as Control<FieldValues>} />
        ),
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting || drafting}>
          {t('saveContinue')}
        </button>
        <button type="button" className="button button-secondary" disabled={form.formState.isSubmitting || drafting} onClick={saveDraft}>
          {t('saveDraft')}
        </button>
      </div>
    </form>
  );
}

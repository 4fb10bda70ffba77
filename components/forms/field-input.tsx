'use client';

import { Controller, type Control, type UseFormRegister, type FieldValues } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import type { FieldDef } from '@/lib/forms/engine/types';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { SelectField } from '@/components/ui/select-field';
import { RadioGroup } from '@/components/ui/radio-group';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { DateField } from '@/components/ui/date-field';

const INPUT_TYPES: Partial<Record<FieldDef['type'], { type: string; inputMode?: 'numeric' | 'decimal' | 'tel' | 'email'; autoComplete?: string }>> = {
  email: { type: 'email', autoComplete: 'email' },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  pesel: { type: 'text', inputMode: 'numeric' },
  nip: { type: 'text', inputMode: 'numeric' },
  regon: { type: 'text', inputMode: 'numeric' },
  krs: { type: 'text', inputMode: 'numeric' },
  postal_code: { type: 'text', autoComplete: 'postal-code' },
  integer: { type: 'text', inputMode: 'numeric' },
  money: { type: 'text', inputMode: 'decimal' },
};

// A section re-renders as it is typed in: one collator per language, not one per field and keystroke.
const collators = new Map<string, Intl.Collator>();

/** Options by their name in the reader's language (countries), when the field asks for it; `optionsLast` kept last. */
function sortedOptions(field: FieldDef, options: { value: string; label: string }[], locale: string) {
  if (!field.sortOptions) return options;
  const last = field.optionsLast ?? [];
  const collator = collators.get(locale) ?? collators.set(locale, new Intl.Collator(locale)).get(locale)!;
  return [
    ...options.filter((o) => !last.includes(o.value)).sort((a, b) => collator.compare(a.label, b.label)),
    ...last.flatMap((v) => options.filter((o) => o.value === v)),
  ];
}

/** One field of a form definition, with its translated label, hint, options and error. */
type Props = {
  field: FieldDef;
  name: string;
  id: string;
  error?: string;
  register: UseFormRegister<FieldValues>;
  control: Control<FieldValues>;
  /** Render from the form's values (for repeated items, whose rows move when one is removed). */
  controlled?: boolean;
};

export function FieldInput({ field, name, id, error, register, control, controlled }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const label = tr(`${field.text}.label`);
  const hint = field.hint ? tr(`${field.text}.hint`) : undefined;
  // Checkboxes are controlled: inside repeated items an uncontrolled box lost its state on re-render.
  if (field.type === 'checkbox') {
    return (
      <Controller
        control={control}
        name={name}
        render={({ field: c }) => (
          <CheckboxField
            id={id}
            label={label}
            error={error}
            name={c.name}
            ref={c.ref}
            onBlur={c.onBlur}
            checked={c.value === true}
            onChange={(e) => c.onChange(e.target.checked)}
          />
        )}
      />
    );
  }
  // Three inputs, one value: always controlled, top-level and in repeated items alike.
  if (field.type === 'date') {
    return (
      <Controller
        control={control}
        name={name}
        render={({ field: c }) => (
          <DateField
            id={id}
            name={c.name}
            legend={label}
            hint={hint}
            error={error}
            value={typeof c.value === 'string' ? c.value : ''}
            onChange={c.onChange}
            onBlur={c.onBlur}
            inputRef={c.ref}
            autoComplete={field.dateRule === 'birth' ? 'bday' : undefined}
          />
        )}
      />
    );
  }
  if (controlled && field.type !== 'radio') {
    return (
      <Controller
        control={control}
        name={name}
        render={({ field: c }) => (
          <FieldInput
            field={field}
            name={name}
            id={id}
            error={error}
            control={control}
            register={() =>
              ({
                name: c.name,
                ref: c.ref,
                onBlur: async () => c.onBlur(),
                onChange: async (e: unknown) => c.onChange(e),
                value: c.value ?? '',
              }) as never
            }
          />
        )}
      />
    );
  }
  const reg = register(name);
  const options = sortedOptions(
    field,
    (field.options ?? []).map((o) => ({ value: o, label: tr(`${field.optionsText}.${o}`) })),
    locale,
  );
  switch (field.type) {
    case 'textarea':
      return <TextareaField id={id} label={label} hint={hint} error={error} rows={4} {...reg} />;
    case 'select':
      return <SelectField id={id} label={label} hint={hint} error={error} options={[{ value: '', label: tr('forms.engine.choose') }, ...options]} {...reg} />;
    case 'radio':
      return <RadioGroup id={id} legend={label} options={options} error={error} {...reg} />;
    default: {
      const input = INPUT_TYPES[field.type] ?? { type: 'text' };
      return <TextField id={id} label={label} hint={hint} error={error} type={input.type} inputMode={input.inputMode} autoComplete={input.autoComplete ?? 'off'} maxLength={field.maxLength ?? 200} {...reg} />;
    }
  }
}

'use client';

import type { UseFormRegister, FieldValues } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import type { FieldDef } from '@/lib/forms/engine/types';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { SelectField } from '@/components/ui/select-field';
import { RadioGroup } from '@/components/ui/radio-group';
import { CheckboxField } from '@/components/ui/checkbox-field';

const INPUT_TYPES: Partial<Record<FieldDef['type'], { type: string; inputMode?: 'numeric' | 'decimal' | 'tel' | 'email'; autoComplete?: string }>> = {
  date: { type: 'date' },
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

/** One field of a form definition, with its translated label, hint, options and error. */
export function FieldInput({ field, name, id, error, register }: { field: FieldDef; name: string; id: string; error?: string; register: UseFormRegister<FieldValues> }) {
  const t = useTranslations();
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const label = tr(`${field.text}.label`);
  const hint = field.hint ? tr(`${field.text}.hint`) : undefined;
  const reg = register(name);
  const options = (field.options ?? []).map((o) => ({ value: o, label: tr(`${field.optionsText}.${o}`) }));
  switch (field.type) {
    case 'textarea':
      return <TextareaField id={id} label={label} hint={hint} error={error} rows={4} {...reg} />;
    case 'select':
      return <SelectField id={id} label={label} hint={hint} error={error} options={[{ value: '', label: tr('forms.engine.choose') }, ...options]} {...reg} />;
    case 'radio':
      return <RadioGroup id={id} legend={label} options={options} error={error} {...reg} />;
    case 'checkbox':
      return <CheckboxField id={id} label={label} error={error} {...reg} />;
    default: {
      const input = INPUT_TYPES[field.type] ?? { type: 'text' };
      return <TextField id={id} label={label} hint={hint} error={error} type={input.type} inputMode={input.inputMode} autoComplete={input.autoComplete ?? 'off'} maxLength={field.maxLength ?? 200} {...reg} />;
    }
  }
}

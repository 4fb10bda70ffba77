import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FieldShell } from './field-shell';

type Props = { id: string; label: ReactNode; hint?: ReactNode; error?: string; options: { value: string; label: string }[] } & SelectHTMLAttributes<HTMLSelectElement>;

export function SelectField({ id, label, hint, error, options, ...select }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

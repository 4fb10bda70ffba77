import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldShell } from './field-shell';

type Props = { id: string; label: ReactNode; hint?: ReactNode; error?: string } & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input whose hint and error are announced with it. */
export function TextField({ id, label, hint, error, ...input }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
    </FieldShell>
  );
}

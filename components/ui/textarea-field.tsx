import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, FieldShell } from './field-shell';

type Props = { id: string; label: ReactNode; hint?: ReactNode; error?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextareaField({ id, label, hint, error, ...textarea }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...textarea} />
    </FieldShell>
  );
}

import type { ReactNode, TextareaHTMLAttributes } from 'react';

type Props = { id: string; label: ReactNode; hint?: ReactNode; error?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextareaField({ id, label, hint, error, ...textarea }: Props) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <textarea id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={described} {...textarea} />
    </div>
  );
}

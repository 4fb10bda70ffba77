import type { InputHTMLAttributes, ReactNode } from 'react';

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
} & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input whose hint and error are announced with it. */
export function TextField({ id, label, hint, error, ...input }: Props) {
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
      <input id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
    </div>
  );
}

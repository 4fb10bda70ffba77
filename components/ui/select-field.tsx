import type { ReactNode, SelectHTMLAttributes } from 'react';

type Props = { id: string; label: ReactNode; hint?: ReactNode; error?: string; options: { value: string; label: string }[] } & SelectHTMLAttributes<HTMLSelectElement>;

export function SelectField({ id, label, hint, error, options, ...select }: Props) {
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
      <select id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={described} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

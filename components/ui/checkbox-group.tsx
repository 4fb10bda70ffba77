import type { InputHTMLAttributes, ReactNode } from 'react';

type Props = { id: string; legend: ReactNode; hint?: ReactNode; error?: string; options: { value: string; label: ReactNode }[] } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value'>;

/** Several checkboxes under one legend (weekdays, locations, services); the first carries `id`. */
export function CheckboxGroup({ id, legend, hint, error, options, ...input }: Props) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <fieldset aria-describedby={described}>
        <legend>{legend}</legend>
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
        {options.map((o, i) => (
          <div className="choice" key={o.value}>
            <input type="checkbox" id={i === 0 ? id : `${id}-${o.value}`} value={o.value} {...input} />
            <label htmlFor={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

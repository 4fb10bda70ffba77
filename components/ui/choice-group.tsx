import type { InputHTMLAttributes, ReactNode } from 'react';

export type ChoiceGroupProps = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: ReactNode }[];
  error?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value'>;

/**
 * Radios or checkboxes under one legend, with the hint and error announced
 * with the group. The first option carries `id`, so an error-summary link lands on the group.
 */
export function ChoiceGroup({ type, id, legend, hint, options, error, ...input }: ChoiceGroupProps & { type: 'radio' | 'checkbox' }) {
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
            <input type={type} id={i === 0 ? id : `${id}-${o.value}`} value={o.value} {...input} />
            <label htmlFor={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

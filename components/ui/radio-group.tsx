import type { InputHTMLAttributes, ReactNode } from 'react';

type Props = {
  id: string;
  legend: ReactNode;
  options: { value: string; label: ReactNode }[];
  error?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value'>;

/** The first option carries `id`, so an error-summary link lands on the group. */
export function RadioGroup({ id, legend, options, error, ...input }: Props) {
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{legend}</legend>
        {error ? (
          <span className="error-message" id={`${id}-error`}>
            {error}
          </span>
        ) : null}
        {options.map((o, i) => (
          <div className="choice" key={o.value}>
            <input type="radio" id={i === 0 ? id : `${id}-${o.value}`} value={o.value} {...input} />
            <label htmlFor={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

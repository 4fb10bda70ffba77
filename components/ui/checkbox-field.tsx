import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

type Props = { id: string; label: ReactNode; error?: string; ref?: Ref<HTMLInputElement> } & InputHTMLAttributes<HTMLInputElement>;

export function CheckboxField({ id, label, error, ...input }: Props) {
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      {error ? (
        <span className="error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <div className="choice">
        <input type="checkbox" id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...input} />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

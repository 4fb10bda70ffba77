'use client';

import { useState, type FocusEvent, type ReactNode, type Ref } from 'react';
import { useTranslations } from 'next-intl';

type Parts = { day: string; month: string; year: string };

const EMPTY: Parts = { day: '', month: '', year: '' };

/** The stored value of three typed parts: "" when none is typed, otherwise "YYYY-M-D" as typed (the schema pads it). */
function compose({ day, month, year }: Parts): string {
  const p = { day: day.trim(), month: month.trim(), year: year.trim() };
  return p.day || p.month || p.year ? `${p.year}-${p.month}-${p.day}` : '';
}

/** The parts of a stored value: "2007-03-27", or one saved half-typed ("2007--27"). */
function split(value: string): Parts {
  const m = /^([^-]*)-([^-]*)-([^-]*)$/.exec(value);
  return m ? { year: m[1]!, month: m[2]!, day: m[3]! } : value ? { ...EMPTY, year: value } : EMPTY;
}

type Props = {
  /** The id of the first input (the day): the error summary and "Change" links land on it. */
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The date as stored: YYYY-MM-DD, or a partly typed one. */
  value: string;
  onChange: (value: string) => void;
  /** Called when focus leaves the three inputs together, not between them. */
  onBlur: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** `bday`: the browser may offer the person's own date of birth. */
  autoComplete?: 'bday';
};

/**
 * A date as three fields, day / month / year, under one legend (the GOV.UK date input pattern):
 * no browser date picker, whose format and language follow the browser rather than the page.
 * https://design-system.service.gov.uk/components/date-input/
 */
export function DateField({ id, name, legend, hint, error, value, onChange, onBlur, inputRef, autoComplete }: Props) {
  const t = useTranslations('forms.engine.date');
  const [typed, setTyped] = useState<Parts>(() => split(value));
  // What was typed, unless the value was changed from outside (a restored draft, a removed row above).
  const parts = compose(typed) === value ? typed : split(value);
  const set = (key: keyof Parts, v: string) => {
    const next = { ...parts, [key]: v };
    setTyped(next);
    onChange(compose(next));
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hintId, error ? errorId : null].filter(Boolean).join(' ');
  // Left as a whole: moving from the day to the month is not leaving the field.
  const leave = (e: FocusEvent<HTMLFieldSetElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onBlur();
  };
  const input = (key: keyof Parts, chars: number, ref?: Ref<HTMLInputElement>) => {
    const inputId = key === 'day' ? id : `${id}-${key}`;
    return (
      <div className="date-input-item" style={{ display: 'inline-block', marginRight: '1.25rem', marginBottom: '0.5rem' }}>
        <label htmlFor={inputId} style={{ fontWeight: 400 }}>
          {t(key)}
        </label>
        <input
          ref={ref}
          id={inputId}
          name={`${name}-${key}`}
          className="input"
          type="text"
          inputMode="numeric"
          // No more characters than the part has digits; the schema says what is wrong with the rest.
          maxLength={chars}
          autoComplete={autoComplete ? `${autoComplete}-${key}` : 'off'}
          aria-invalid={error ? true : undefined}
          value={parts[key]}
          onChange={(e) => set(key, e.target.value)}
          // The width says how many digits are expected (2 / 2 / 4), as on the paper form's boxes.
          style={{ width: `calc(${chars}ch + 1.6rem)`, minWidth: 0 }}
        />
      </div>
    );
  };
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <fieldset aria-describedby={described} onBlur={leave}>
        <legend>{legend}</legend>
        <span className="hint" id={hintId}>
          {hint ? (
            <>
              {hint}
              <br />
            </>
          ) : null}
          {t('hint')}
        </span>
        {error ? (
          <span className="error-message" id={errorId}>
            {error}
          </span>
        ) : null}
        <div className="date-input">
          {input('day', 2, inputRef)}
          {input('month', 2)}
          {input('year', 4)}
        </div>
      </fieldset>
    </div>
  );
}

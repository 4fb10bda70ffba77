'use client';

import type { MouseEvent, RefObject } from 'react';
import { useTranslations } from 'next-intl';
import styles from './office.module.css';

/**
 * Touch keys for the reservation code. Each key edits the code field as typing
 * would (at the caret, replacing a selection) and never takes the focus from it,
 * so a scanner's code still lands in the field at any moment. The keys are out
 * of the Tab order: a keyboard user types into the field itself, and Tab still
 * leads from the field to the submit button and the walk-in services.
 */
export function KioskKeypad({ keys, input, value, onChange, disabled }: { keys: string[]; input: RefObject<HTMLInputElement | null>; value: string; onChange: (next: string, caret: number) => void; disabled?: boolean }) {
  const t = useTranslations('queue.kiosk.keypad');
  // Cancelling mousedown (a tap sends one too) keeps the focus and the caret in the code field; cancelling pointerdown would not.
  const keepFocus = (e: MouseEvent) => e.preventDefault();

  const selection = () => {
    const el = input.current;
    const end = el?.selectionEnd ?? value.length;
    return { start: el?.selectionStart ?? end, end };
  };
  const type = (char: string) => {
    const { start, end } = selection();
    onChange(value.slice(0, start) + char + value.slice(end), start + char.length);
  };
  const backspace = () => {
    const { start, end } = selection();
    if (start !== end) onChange(value.slice(0, start) + value.slice(end), start);
    else if (start > 0) onChange(value.slice(0, start - 1) + value.slice(start), start - 1);
    else input.current?.focus();
  };

  const key = (label: string, name: string, action: () => void, extra = '') => (
    <button key={name} type="button" tabIndex={-1} className={`${styles.key}${extra}`} aria-label={label === name ? undefined : name} disabled={disabled} onMouseDown={keepFocus} onClick={action}>
      {label}
    </button>
  );

  return (
    <div role="group" aria-label={t('label')} className={styles.keypad}>
      {keys.map((c) => key(c, c, () => type(c)))}
      {key('⌫', t('backspace'), backspace, ` ${styles.keyWide}`)}
      {key(t('clear'), t('clear'), () => onChange('', 0), ` ${styles.keyWide}`)}
    </div>
  );
}

import { expect, type Locator, type Page } from '@playwright/test';
import { createTranslator } from 'next-intl';

type Messages = Record<string, unknown>;

/** A message as the page shows it, ICU plurals and selects included (`validation.date_incomplete`). */
export function translate(messages: Messages, key: string, values?: Record<string, string | number>): string {
  return createTranslator({ locale: 'pl', messages: messages as never })(key as never, values as never);
}

/** The day / month / year inputs of a date field, found by its legend and their translated labels. */
export function dateInputs(scope: Page | Locator, legend: string, m: Messages) {
  const group = scope.getByRole('group', { name: legend, exact: true });
  const date = (m as { forms: { engine: { date: Record<'day' | 'month' | 'year', string> } } }).forms.engine.date;
  return {
    group,
    day: group.getByLabel(date.day, { exact: true }),
    month: group.getByLabel(date.month, { exact: true }),
    year: group.getByLabel(date.year, { exact: true }),
  };
}

/**
 * Types a date as a person reads it off a document: "2021-03-10" → 10, 3, 2021 (no leading
 * zeros, as the hint's example shows). Parts may be given directly to type an impossible or
 * partial date: `{ day: '31', month: '2', year: '2020' }`.
 */
export async function fillDate(scope: Page | Locator, legend: string, value: string | { day: string; month: string; year: string }, m: Messages) {
  const parts =
    typeof value === 'string'
      ? value
        ? { year: value.slice(0, 4), month: String(Number(value.slice(5, 7))), day: String(Number(value.slice(8, 10))) }
        : { day: '', month: '', year: '' }
      : value;
  const inputs = dateInputs(scope, legend, m);
  await inputs.day.fill(parts.day);
  await inputs.month.fill(parts.month);
  await inputs.year.fill(parts.year);
}

/** Chooses an option of a list by the name the reader sees (`countries.UA` → "Україна"), as a person would. */
export async function chooseOption(scope: Page | Locator, label: string, optionName: string) {
  const select = scope.getByLabel(label, { exact: true });
  await select.selectOption({ label: optionName });
  await expect(select.locator('option:checked')).toHaveText(optionName);
}

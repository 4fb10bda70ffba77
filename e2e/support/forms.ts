import { expect, type Locator, type Page } from '@playwright/test';
import type { FieldDef, RepeatDef, SectionDef, SectionData } from '../../lib/forms/engine/types';
import { isRepeat } from '../../lib/forms/engine/types';
import { conditionHolds } from '../../lib/forms/engine/conditions';
import { chooseOption, fillDate } from './form-fields';

type Messages = Record<string, unknown>;

export function text(messages: Messages, key: string, values: Record<string, string | number> = {}): string {
  const raw = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
  if (typeof raw !== 'string') throw new Error(`no message ${key}`);
  return raw.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

async function fillField(scope: Page | Locator, field: FieldDef, value: unknown, m: Messages) {
  const label = text(m, `${field.text}.label`);
  if (field.type === 'checkbox') {
    const box = scope.getByRole('checkbox', { name: label, exact: true });
    if (value === true) await box.check();
    else await box.uncheck();
    return;
  }
  if (typeof value !== 'string') return;
  if (field.type === 'radio') {
    if (value) await scope.getByRole('group', { name: label, exact: true }).getByRole('radio', { name: text(m, `${field.optionsText}.${value}`), exact: true }).check();
    return;
  }
  if (field.type === 'select') {
    if (value) await chooseOption(scope, label, text(m, `${field.optionsText}.${value}`));
    else await scope.getByLabel(label, { exact: true }).selectOption('');
    return;
  }
  if (field.type === 'date') {
    await fillDate(scope, label, value, m);
    return;
  }
  await scope.getByLabel(label, { exact: true }).fill(value);
}

async function fillRepeat(page: Page, repeat: RepeatDef, items: Record<string, unknown>[], m: Messages) {
  const group = page.getByRole('group', { name: text(m, `${repeat.text}.label`), exact: true });
  for (let i = 0; i < items.length; i++) {
    const itemName = text(m, `${repeat.itemText}.label`, { number: i + 1 });
    if ((await group.getByRole('group', { name: itemName, exact: true }).count()) === 0) {
      await group.getByRole('button', { name: text(m, 'forms.engine.add', { item: itemName }) }).click();
    }
    const item = group.getByRole('group', { name: itemName, exact: true });
    for (const f of repeat.fields) await fillField(item, f, items[i]![f.name], m);
  }
}

/** Fills one section as a person would, finding every field by its translated label. */
export async function fillSection(page: Page, section: SectionDef, values: SectionData, m: Messages) {
  for (const f of section.fields) {
    if (!conditionHolds(f.showIf, values)) continue;
    if (isRepeat(f)) await fillRepeat(page, f, (values[f.name] as Record<string, unknown>[]) ?? [], m);
    else await fillField(page, f, values[f.name], m);
  }
}

export async function saveAndContinue(page: Page, m: Messages) {
  await page.getByRole('button', { name: text(m, 'forms.engine.saveContinue') }).click();
}

export async function expectSectionError(page: Page, message: string) {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(summary.getByRole('link', { name: message })).toBeVisible();
}

import { getFormatter, getTranslations } from 'next-intl/server';
import type { AnswerRow } from '@/lib/forms/engine/answers';

/** Turns answers into what a person reads: option labels translated, dates in their format. */
export async function answerTextFormatter() {
  const t = await getTranslations();
  const format = await getFormatter();
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  return {
    tr,
    label: (row: AnswerRow) => (row.item ? `${tr(`${row.field.text}.label`)} (${row.item})` : tr(`${row.field.text}.label`)),
    value: (row: AnswerRow): string => {
      const { field, value } = row;
      if (value === null) return tr('forms.engine.notAnswered');
      if (typeof value === 'boolean') return value ? tr('common.yes') : tr('common.no');
      // A value from before a field became a list (free text) is shown as it was typed.
      if (field.options?.includes(value) && field.optionsText) return tr(`${field.optionsText}.${value}`);
      if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
      return value;
    },
  };
}

import { getTranslations } from 'next-intl/server';
import type { AnswerRow } from '@/lib/forms/engine/answers';
import { answerOrNotApplicable } from '@/lib/forms/engine/answer-text';

/** Turns answers into what a person reads: labels and option names translated, values as on the printout. */
export async function answerTextFormatter() {
  const t = await getTranslations();
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  return {
    tr,
    label: (row: AnswerRow) => (row.item ? `${tr(`${row.field.text}.label`)} (${row.item})` : tr(`${row.field.text}.label`)),
    // The same text as the printout and the clerk's comparison view, in the reader's language.
    value: (row: AnswerRow): string => answerOrNotApplicable(row, tr),
  };
}

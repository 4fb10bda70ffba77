import type { AnswerRow } from './answers';

type Translate = (key: string) => string;

/** A date as printed on the paper forms and everywhere it is compared with them: DD.MM.YYYY. */
export function printedDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}

/**
 * The one way an answer is written: the PDF and the clerk's comparison view call it with the Polish
 * translator, check-your-answers with the applicant's, so a clerk compares paper against a screen
 * in the same format. Null means "not applicable" (a hidden or empty field).
 */
export function answerText(row: AnswerRow, t: Translate): string | null {
  const v = row.value;
  if (v === null) return null;
  if (typeof v === 'boolean') return t(v ? 'common.yes' : 'common.no');
  // A value from before a field became a list (free text) is written as it was typed.
  if (row.field.options?.includes(v) && row.field.optionsText) return t(`${row.field.optionsText}.${v}`);
  if (row.field.type === 'date') return printedDate(v);
  return v;
}

/** The answer, or the translated "not applicable". */
export const answerOrNotApplicable = (row: AnswerRow, t: Translate): string => answerText(row, t) ?? t('forms.engine.notAnswered');

import { conditionHolds } from './conditions';
import { isRepeat, type FieldDef, type FormData, type FormDefinition } from './types';

export type AnswerRow = {
  /** Dotted path within the form: `personal.surname`, `trips.list.0.from`. */
  path: string;
  field: FieldDef;
  /** For repeated items: the 1-based item number. */
  item?: number;
  value: string | boolean | null;
};

export type AnswerSection = { id: string; title: string; officialTitle: string; rows: AnswerRow[] };

const clean = (v: unknown): string | boolean | null => (typeof v === 'boolean' ? v : typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Every answer of a form in the order of the paper form, hidden (conditional)
 * fields left out. One list feeds the check-answers page, the PDF and the
 * clerk's comparison.
 */
export function answerSections(def: FormDefinition, data: FormData): AnswerSection[] {
  return def.sections.map((s) => {
    const values = (data[s.id] ?? {}) as Record<string, unknown>;
    const rows: AnswerRow[] = [];
    for (const f of s.fields) {
      if (!conditionHolds(f.showIf, values)) continue;
      if (isRepeat(f)) {
        const items = (values[f.name] as Record<string, unknown>[] | undefined) ?? [];
        items.forEach((item, i) => {
          for (const sub of f.fields) rows.push({ path: `${s.id}.${f.name}.${i}.${sub.name}`, field: sub, item: i + 1, value: clean(item[sub.name]) });
        });
      } else {
        rows.push({ path: `${s.id}.${f.name}`, field: f, value: clean(values[f.name]) });
      }
    }
    return { id: s.id, title: s.title, officialTitle: s.officialTitle, rows };
  });
}

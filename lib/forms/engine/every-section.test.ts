import { describe, expect, it } from 'vitest';
import { FORM_DEFINITIONS } from '@/lib/forms/definitions';
import { decodeMessage } from '@/lib/errors/message';
import pl from '@/messages/pl.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import uk from '@/messages/uk.json';
import { isRepeat, type FieldDef, type SectionDef } from './types';
import { sectionSchema } from './schema';

const TODAY = '2026-12-03';
const LOCALES = { pl, en, ru, uk } as const;

/** What a browser form sends when nothing was answered: null for radio groups (react-hook-form), '' or false otherwise. */
const unanswered = (f: FieldDef) => (f.type === 'radio' ? null : f.type === 'checkbox' ? false : '');
/** A value no field accepts as it is (a made-up option, letters in numbers, an impossible date). */
const wrong = (f: FieldDef) => (f.type === 'checkbox' ? 'yes' : f.type === 'radio' || f.type === 'select' ? 'no-such-option' : f.type === 'date' ? '2026-02-30' : '§§ 12 ab');

function values(section: SectionDef, value: (f: FieldDef) => unknown) {
  return Object.fromEntries(section.fields.map((f) => [f.name, isRepeat(f) ? [Object.fromEntries(f.fields.map((x) => [x.name, value(x)]))] : value(f)]));
}

const sections = [...FORM_DEFINITIONS.values()].flatMap((d) => d.sections.map((s) => [`form ${d.number}, section ${s.id}`, s] as const));

describe.each(sections)('%s', (_name, section) => {
  const schema = sectionSchema(section, TODAY);

  for (const [kind, value] of [
    ['left empty (radio groups unselected)', unanswered],
    ['filled with values no field accepts', wrong],
  ] as const) {
    it(`when ${kind}, gives only translated field errors, never a failure`, () => {
      const result = schema.safeParse(values(section, value));
      const issues = result.success ? [] : result.error.issues;
      for (const issue of issues) {
        const decoded = decodeMessage(issue.message);
        expect(decoded, `message "${issue.message}" at ${issue.path.join('.')}`).not.toBeNull();
        for (const [locale, messages] of Object.entries(LOCALES)) {
          expect(Object.hasOwn(messages.validation, decoded!.code), `${locale} validation.${decoded!.code}`).toBe(true);
        }
        // Errors belong to a field the person can see and fix, not to the form as a whole.
        expect(issue.path.length, issue.message).toBeGreaterThan(0);
      }
    });
  }

  it('reports every unanswered required field by name', () => {
    const result = schema.safeParse(values(section, unanswered));
    const flagged = new Set(result.success ? [] : result.error.issues.map((i) => String(i.path[0])));
    for (const f of section.fields) {
      if (!isRepeat(f) && f.required && !f.showIf && f.type !== 'checkbox') expect(flagged.has(f.name), f.name).toBe(true);
    }
  });
});

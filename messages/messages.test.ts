import { describe, expect, it } from 'vitest';
import pl from './pl.json';
import en from './en.json';
import ru from './ru.json';
import uk from './uk.json';
import { VALIDATION_CODES } from '@/lib/forms/validators/types';

const files = { pl, en, ru, uk } as const;
type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))),
  );
}

// ICU arguments and rich-text tags: `{name}`, `{count, plural, …}`, `<link>`.
function placeholders(message: string): string[] {
  const args = [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

const flat = Object.fromEntries(Object.entries(files).map(([l, m]) => [l, flatten(m as Tree)]));
const polishKeys = Object.keys(flat.pl!).sort();

describe('message files', () => {
  it.each(['en', 'ru', 'uk'])('%s has exactly the keys of pl', (locale) => {
    const keys = Object.keys(flat[locale]!).sort();
    expect({ missing: polishKeys.filter((k) => !keys.includes(k)), extra: keys.filter((k) => !polishKeys.includes(k)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(['en', 'ru', 'uk'])('%s uses the same placeholders as pl in every message', (locale) => {
    const differing = polishKeys.filter((k) => placeholders(flat.pl![k]!).join() !== placeholders(flat[locale]![k] ?? '').join());
    expect(differing).toEqual([]);
  });

  it.each(Object.keys(files))('%s has no empty messages and no ASCII apostrophes (ICU escapes)', (locale) => {
    const bad = Object.entries(flat[locale]!).filter(([, v]) => !v.trim() || v.includes("'"));
    expect(bad).toEqual([]);
  });

  it('has a message for every validation code the validators return', () => {
    for (const locale of Object.keys(files)) {
      const missing = VALIDATION_CODES.filter((c) => !(`validation.${c}` in flat[locale]!));
      expect([locale, missing]).toEqual([locale, []]);
    }
  });
});

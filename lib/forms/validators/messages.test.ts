import { describe, expect, it } from 'vitest';
import messages from './messages.json';
import { VALIDATION_CODES } from './types';

const LANGUAGES = ['pl', 'en', 'ru', 'uk'] as const;

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? '').sort();
}

describe('messages.json', () => {
  it('has exactly the four languages', () => {
    expect(Object.keys(messages).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('has a non-empty message for every code in %s, and nothing else', (lang) => {
    const table: Record<string, string> = messages[lang];
    expect(Object.keys(table).sort()).toEqual([...VALIDATION_CODES].sort());
    for (const code of VALIDATION_CODES) expect(table[code]?.trim()).toBeTruthy();
  });

  it('uses the same placeholders in every language', () => {
    for (const code of VALIDATION_CODES) {
      const expected = placeholders(messages.en[code]);
      for (const lang of LANGUAGES) expect([lang, code, placeholders(messages[lang][code])]).toEqual([lang, code, expected]);
    }
  });

  it('uses the params the validators send', () => {
    expect(placeholders(messages.en.stays_overlap)).toEqual(['other']);
    expect(placeholders(messages.en.passport_length)).toEqual(['max', 'min']);
    expect(placeholders(messages.en.birth_date_too_old)).toEqual(['years']);
    expect(placeholders(messages.en.stay_outside_window)).toEqual(['years']);
    expect(placeholders(messages.en.email_too_long)).toEqual(['max']);
    expect(placeholders(messages.en.name_too_long)).toEqual(['max']);
  });

  it('contains no ASCII apostrophes (they are ICU escape characters)', () => {
    for (const lang of LANGUAGES) for (const text of Object.values(messages[lang])) expect(text).not.toContain("'");
  });
});

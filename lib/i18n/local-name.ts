import type { LocalNames } from '@/db/schema';

/**
 * A name kept in the four languages (a visit service, …) in the reader's
 * language, or the Polish one where none was given; `lang` marks the Polish
 * fallback so screen readers pronounce it as Polish.
 */
export function localName(names: LocalNames, locale: string): { text: string; lang?: string } {
  const own = names[locale as keyof LocalNames];
  return own ? { text: own } : { text: names.pl, lang: locale === 'pl' ? undefined : 'pl' };
}

/** The same as plain text, where no element can carry the language (a select option, a PDF line, an e-mail). */
export const localText = (names: LocalNames, locale: string): string => localName(names, locale).text;

import type { LocalNames } from '@/db/schema';

/** A service's name in the page's language, or the Polish one (marked with its language) where none was given. */
export function localName(names: LocalNames, locale: string): { text: string; lang?: string } {
  const own = names[locale as keyof LocalNames];
  return own ? { text: own } : { text: names.pl, lang: locale === 'pl' ? undefined : 'pl' };
}

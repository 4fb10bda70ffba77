import type { Locale } from '@/i18n/routing';

/**
 * Words people type for what the pages call otherwise, per locale, as stems
 * (each matched as a prefix). A typed word that starts with one stem of a group
 * finds pages with any stem of that group: "exchange a residence card" finds
 * "Issuing or replacing a residence card". Add a group when search logs or
 * enquiries show people asking in words the pages do not use.
 */
export const SYNONYMS: Record<Locale, readonly (readonly string[])[]> = {
  pl: [
    ['wymian', 'wymien', 'zamian', 'zamien', 'odnow'],
    ['kart', 'legitymac'],
    ['zgubi', 'zgub', 'utrat', 'utraci', 'kradzież', 'skradzi'],
    ['praca', 'pracy', 'pracow', 'zatrudni'],
  ],
  en: [
    ['exchang', 'replac', 'renew', 'swap'],
    ['lost', 'lose', 'stolen', 'theft'],
    ['job', 'work', 'employ'],
  ],
  ru: [
    ['обмен', 'обменя', 'замен', 'замени'],
    ['потер', 'утер', 'украл', 'краж'],
    ['работ', 'трудоустр'],
  ],
  uk: [
    ['обмін', 'обміня', 'замін', 'заміни'],
    ['загуби', 'втрат', 'вкрал', 'крадіж'],
    ['робот', 'праці', 'праце'],
    // The pages say "перебування" for pobyt (lib/i18n/glossary.json); people often type "проживання".
    ['перебуван', 'прожива'],
  ],
};

/** The stems of the group a typed word belongs to, or null. */
export function synonymStems(word: string, locale: Locale): string[] | null {
  const group = SYNONYMS[locale].find((g) => g.some((stem) => word.startsWith(stem)));
  return group ? [...group] : null;
}

import type { LocalNames } from '@/db/schema/reservations';

/** A service's name in the reader's language, else the Polish one. */
export const localName = (names: LocalNames, locale: string) => names[locale as keyof LocalNames] ?? names.pl;

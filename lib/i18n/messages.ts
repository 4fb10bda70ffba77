import pl from '@/messages/pl.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import uk from '@/messages/uk.json';
import type { Locale } from '@/i18n/routing';

const all = { pl, en, ru, uk } as const;

export type Messages = typeof pl;

export function loadMessages(locale: Locale): Messages {
  return all[locale];
}

import { createTranslator } from 'next-intl';
import { loadMessages } from './messages';
import { TIME_ZONE } from '@/lib/time';
import type { Locale } from '@/i18n/routing';

/** A translator usable outside a request (e-mails, workers, tests). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: loadMessages(locale), timeZone: TIME_ZONE });
}

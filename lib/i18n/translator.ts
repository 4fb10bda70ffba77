// next-intl's own createTranslator, from its core entry: the package root under the react-server
// condition (the seed and worker scripts) also loads its client provider, which needs React's client API.
import { createTranslator } from 'use-intl/core';
import { loadMessages } from './messages';
import { TIME_ZONE } from '@/lib/time';
import type { Locale } from '@/i18n/routing';

/** A translator usable outside a request (e-mails, workers, tests). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: loadMessages(locale), timeZone: TIME_ZONE });
}

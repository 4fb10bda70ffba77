import type { routing } from '@/i18n/routing';
import type pl from '@/messages/pl.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof pl;
  }
}

import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';

/** Canonical address and hreflang alternates for a path given without its locale (`/services/x`). */
export function alternatesFor(locale: Locale, path: string): Metadata['alternates'] {
  const suffix = path === '/' ? '' : path;
  return {
    canonical: `/${locale}${suffix}`,
    languages: {
      ...Object.fromEntries(routing.locales.map((l) => [l, `/${l}${suffix}`])),
      'x-default': `/${routing.defaultLocale}${suffix}`,
    },
  };
}

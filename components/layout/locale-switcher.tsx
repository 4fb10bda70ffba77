'use client';

import { Suspense } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import styles from './header.module.css';

/** Plain links (no script needed) to the same page in each language, query included. */
function Links({ query }: { query?: Record<string, string> }) {
  const t = useTranslations('localeSwitcher');
  const current = useLocale();
  const pathname = usePathname();
  return (
    <ul className={styles.locales}>
      {routing.locales.map((l) => (
        <li key={l}>
          <Link
            href={{ pathname, query }}
            locale={l}
            lang={l}
            hrefLang={l}
            aria-current={l === current ? 'true' : undefined}
            className={l === current ? styles.currentLocale : undefined}
          >
            {t(`names.${l}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function LinksWithQuery() {
  const search = useSearchParams();
  return <Links query={Object.fromEntries(search.entries())} />;
}

export function LocaleSwitcher() {
  const t = useTranslations('localeSwitcher');
  return (
    <nav aria-label={t('label')} className={styles.localeNav}>
      <Suspense fallback={<Links />}>
        <LinksWithQuery />
      </Suspense>
    </nav>
  );
}

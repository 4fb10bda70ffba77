'use client';

import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';

export type SummaryItem = { fieldId: string; message: string };

/**
 * GOV.UK-style error summary: takes focus after a failed submit and links to
 * each field; the page title gets an "Error:" prefix while errors stand.
 */
export function ErrorSummary({ items, focusKey }: { items: SummaryItem[]; focusKey: number }) {
  const t = useTranslations('errorSummary');
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (items.length && focusKey > 0) ref.current?.focus();
  }, [focusKey, items.length]);

  // Only while errors stand; the cleanup puts the page's own title back.
  const hasErrors = items.length > 0;
  useEffect(() => {
    if (!hasErrors) return;
    const original = document.title;
    document.title = t('pageTitlePrefix', { title: original });
    return () => {
      document.title = original;
    };
  }, [hasErrors, t]);

  if (!items.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{t('title')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.fieldId}>
            <a
              href={`#${item.fieldId}`}
              onClick={(e) => {
                const el = document.getElementById(item.fieldId);
                if (!el) return;
                e.preventDefault();
                el.focus();
                el.scrollIntoView({ block: 'center' });
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

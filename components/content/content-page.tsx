import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { cachedPage, type CachedPage } from '@/lib/content/cached';
import { renderMarkdown } from '@/lib/content/markdown';
import { alternatesFor } from '@/lib/i18n/metadata';
import { Notice } from '@/components/ui/notice';

/** A panel page from the database (through the cache), or the Polish text with a note. */
export async function loadPage(locale: Locale, slug: string): Promise<CachedPage> {
  const page = await cachedPage(locale, slug);
  if (!page) notFound();
  return page;
}

export async function ContentBody({ page, locale }: { page: CachedPage; locale: Locale }) {
  const t = await getTranslations('legal');
  return (
    <>
      {page.fallback ? <Notice>{t('fallbackNote')}</Notice> : null}
      <div lang={page.fallback ? page.locale : undefined} className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(page.body, locale) }} />
    </>
  );
}

export async function ContentPage({ locale, slug }: { locale: Locale; slug: string }) {
  const page = await loadPage(locale, slug);
  return (
    <article>
      <h1 lang={page.fallback ? page.locale : undefined}>{page.title}</h1>
      <ContentBody page={page} locale={locale} />
    </article>
  );
}

export async function contentMetadata(locale: Locale, slug: string, path: string): Promise<Metadata> {
  const page = await cachedPage(locale, slug);
  return page ? { title: page.title, description: page.description, alternates: alternatesFor(locale, path) } : {};
}

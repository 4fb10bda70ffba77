import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { readContentWithFallback } from '@/lib/content/files';
import { renderMarkdown } from '@/lib/content/markdown';
import { Notice } from '@/components/ui/notice';

export async function ContentPage({ locale, slug }: { locale: Locale; slug: string }) {
  const found = await readContentWithFallback(locale, slug);
  if (!found) notFound();
  const t = await getTranslations('legal');
  const lang = found.page.locale;
  return (
    <article lang={found.fallback ? lang : undefined} className="prose">
      {found.fallback ? (
        <div lang={locale}>
          <Notice>{t('fallbackNote')}</Notice>
        </div>
      ) : null}
      <h1>{found.page.title}</h1>
      <div dangerouslySetInnerHTML={{ __html: renderMarkdown(found.page.body) }} />
    </article>
  );
}

export async function contentMetadata(locale: Locale, slug: string) {
  const found = await readContentWithFallback(locale, slug);
  return found ? { title: found.page.title, description: found.page.description } : {};
}

import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { highlightParts, searchContent } from '@/lib/content/search';
import { pathForSlug } from '@/lib/content/paths';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('search');
  return { title: t('title'), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200).trim() ?? '';
  const t = await getTranslations('search');
  const hits = q ? await searchContent(await getDb(), locale, q) : [];
  return (
    <>
      <h1>{t('title')}</h1>
      <form role="search" method="get" className="form">
        <div className="field">
          <label htmlFor="search-q">{t('label')}</label>
          <span className="hint" id="search-q-hint">
            {t('hint')}
          </span>
          <input id="search-q" name="q" type="search" className="input" defaultValue={q} aria-describedby="search-q-hint" />
        </div>
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </form>
      {q ? (
        <section aria-labelledby="search-results">
          <h2 id="search-results">{t('results', { count: hits.length, query: q })}</h2>
          {hits.length === 0 ? <p>{t('noResults')}</p> : null}
          <ol className="prose">
            {hits.map((h) => (
              <li key={h.slug}>
                <h3>
                  <Link href={pathForSlug(h.slug)}>{h.title}</Link>
                </h3>
                <p>
                  {highlightParts(h.snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

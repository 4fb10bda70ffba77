import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { cachedSection } from '@/lib/content/cached';
import { alternatesFor } from '@/lib/i18n/metadata';

// Rendered on first visit and then served whole from the cache; saving content expires it (tag 'content').
export const dynamic = 'force-static';
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'services' });
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/services') };
}

export default async function ServicesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('services');
  const cards = await cachedSection(locale, 'services/');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ul className="card-grid">
        {cards.map((c) => (
          <li key={c.slug} className="card" lang={c.fallback ? c.locale : undefined}>
            <h2>
              <Link href={`/${c.slug}`}>{c.title}</Link>
            </h2>
            <p>{c.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { cachedLocations } from '@/lib/content/cached';
import { alternatesFor } from '@/lib/i18n/metadata';
import { LocationCard } from '@/components/locations/location-card';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations('locations');
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/locations') };
}

export default async function LocationsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection(); // "open now" is computed per request; the data comes from the cache
  const t = await getTranslations('locations');
  const locations = await cachedLocations();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="card-grid">
        {locations.map((l) => (
          <LocationCard key={l.id} location={l} />
        ))}
      </div>
    </>
  );
}

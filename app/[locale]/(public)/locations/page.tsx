import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listLocations } from '@/lib/locations/locations';
import { LocationCard } from '@/components/locations/location-card';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('locations');
  return { title: t('title'), description: t('intro') };
}

export default async function LocationsPage() {
  await connection(); // read at request time, never while prerendering
  const t = await getTranslations('locations');
  const locations = await listLocations(await getDb());
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

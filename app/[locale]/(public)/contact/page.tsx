import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { connection } from 'next/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { cachedLocations } from '@/lib/content/cached';
import { alternatesFor } from '@/lib/i18n/metadata';
import { LocationCard } from '@/components/locations/location-card';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations('contact');
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/contact') };
}

/** How to reach the office: every location's address, phone and hours. */
export default async function ContactPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations('contact');
  const te = await getTranslations('enquiries');
  const locations = await cachedLocations();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('byPost')}</p>
      <p>
        <Link href="/enquiries" className="button">
          {te('contactLink')}
        </Link>
      </p>
      <p>
        <Link href="/search">{t('searchFirst')}</Link>
      </p>
      <div className="card-grid">
        {locations.map((l) => (
          <LocationCard key={l.id} location={l} />
        ))}
      </div>
    </>
  );
}

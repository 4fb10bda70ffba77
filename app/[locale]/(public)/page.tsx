import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { listLocations } from '@/lib/locations/locations';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home');
  return { title: t('title') };
}

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  await connection();
  const t = await getTranslations();
  const locations = await listLocations(await getDb());
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <section aria-labelledby="account-title" className="notice">
        <h2 id="account-title">{t('home.accountTitle')}</h2>
        <p>{t('home.accountBody')}</p>
        <div className="actions">
          <Link href="/register" className="button">
            {t('nav.register')}
          </Link>
          <Link href="/sign-in">{t('nav.signIn')}</Link>
        </div>
      </section>
      <section aria-labelledby="locations-title">
        <h2 id="locations-title">{t('home.locationsTitle')}</h2>
        <ul>
          {locations.map((l) => (
            <li key={l.id}>
              {l.name} – {l.street}, {l.postalCode} {l.city}
            </li>
          ))}
        </ul>
        <p>
          <Link href="/locations">{t('nav.locations')}</Link>
        </p>
      </section>
    </>
  );
}

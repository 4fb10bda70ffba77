import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { FORMS } from '@/lib/forms/catalogue';
import { cachedSection } from '@/lib/content/cached';
import { alternatesFor } from '@/lib/i18n/metadata';

// Rendered on first visit and then served whole from the cache; saving content expires it (tag 'content').
export const dynamic = 'force-static';
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'forms' });
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/forms') };
}

export default async function FormsCatalogue({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('forms');
  const pages = new Map((await cachedSection(locale, 'forms/')).map((p) => [p.slug, p]));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ol className="card-grid">
        {FORMS.map((f) => {
          const page = pages.get(`forms/${f.number}`);
          return (
            <li key={f.number} className="card">
              <h2>
                <Link href={`/forms/${f.number}`}>{page?.title ?? t('number', { number: f.number })}</Link>
              </h2>
              <p lang="pl">
                <i>{f.officialName}</i>
              </p>
              <p>{t('filedBy', { who: t(`filers.${f.filedBy}`) })}</p>
            </li>
          );
        })}
      </ol>
    </>
  );
}

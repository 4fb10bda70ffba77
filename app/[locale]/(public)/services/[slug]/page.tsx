import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { formForService } from '@/lib/forms/catalogue';
import { ContentBody, contentMetadata, loadPage } from '@/components/content/content-page';

// Rendered on first visit and then served whole from the cache; saving content expires it (tag 'content').
export const dynamic = 'force-static';
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return formForService(slug) ? contentMetadata(locale, `services/${slug}`, `/services/${slug}`) : {};
}

export default async function ServiceCardPage({ params }: Props) {
  const { locale, slug } = await params;
  const form = formForService(slug);
  if (!form) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('services');
  const te = await getTranslations('enquiries');
  const page = await loadPage(locale, `services/${slug}`);
  return (
    <article>
      <p>
        <Link href="/services">{t('title')}</Link>
      </p>
      <h1 lang={page.fallback ? page.locale : undefined}>{page.title}</h1>
      <div className="notice">
        <p>
          <Link href={`/forms/${form.number}`} className="button">
            {t('formLink', { number: form.number })}
          </Link>
        </p>
        <p>{t('formOfficialName', { name: form.officialName })}</p>
        <p>
          <Link href={{ pathname: '/enquiries', query: { topic: slug } }}>{te('askAboutService')}</Link>
        </p>
      </div>
      <ContentBody page={page} locale={locale} />
    </article>
  );
}

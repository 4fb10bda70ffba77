import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { formByNumber } from '@/lib/forms/catalogue';
import { cachedPage } from '@/lib/content/cached';
import { ContentBody, contentMetadata, loadPage } from '@/components/content/content-page';

// Rendered on first visit and then served whole from the cache; saving content expires it (tag 'content').
export const dynamic = 'force-static';
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale; number: string }> };

const parse = (n: string) => (/^\d{1,2}$/.test(n) ? formByNumber(Number(n)) : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = await params;
  const form = parse(number);
  return form ? contentMetadata(locale, `forms/${form.number}`, `/forms/${form.number}`) : {};
}

export default async function FormInfoPage({ params }: Props) {
  const { locale, number } = await params;
  const form = parse(number);
  if (!form) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('forms');
  const page = await loadPage(locale, `forms/${form.number}`);
  const service = await cachedPage(locale, `services/${form.service}`);
  return (
    <article>
      <p>
        <Link href="/forms">{t('title')}</Link>
      </p>
      <h1 lang={page.fallback ? page.locale : undefined}>{page.title}</h1>
      <dl>
        <dt>{t('officialName')}</dt>
        <dd lang="pl">{form.officialName}</dd>
        <dt>{t('filedByLabel')}</dt>
        <dd>{t(`filers.${form.filedBy}`)}</dd>
        {service ? (
          <>
            <dt>{t('serviceCard')}</dt>
            <dd>
              <Link href={`/services/${form.service}`}>{service.title}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        <Link href={`/account/applications?form=${form.number}`} className="button">
          {t('fillIn')}
        </Link>
      </p>
      <ContentBody page={page} locale={locale} />
    </article>
  );
}

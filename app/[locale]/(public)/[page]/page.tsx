import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { INFO_PAGES, type InfoPage } from '@/lib/forms/catalogue';
import { ContentPage, contentMetadata } from '@/components/content/content-page';

// Rendered on first visit and then served whole from the cache; saving content expires it (tag 'content').
export const dynamic = 'force-static';
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale; page: string }> };

const isInfoPage = (p: string): p is InfoPage => (INFO_PAGES as readonly string[]).includes(p);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params;
  return isInfoPage(page) ? contentMetadata(locale, page, `/${page}`) : {};
}

/** Legal acts, organisation, the operational panel, accessibility, privacy, terms, electronic channels. */
export default async function InfoPageRoute({ params }: Props) {
  const { locale, page } = await params;
  if (!isInfoPage(page)) notFound();
  setRequestLocale(locale);
  return <ContentPage locale={locale} slug={page} />;
}

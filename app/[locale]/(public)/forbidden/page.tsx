import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors');
  return { title: t('forbiddenTitle'), robots: { index: false } };
}

export default async function ForbiddenPage() {
  const t = await getTranslations('errors');
  return (
    <>
      <h1>{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <p>
        <Link href="/">{t('goHome')}</Link>
      </p>
    </>
  );
}

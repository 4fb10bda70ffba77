import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { CaseSignInForm } from '@/components/cases/case-sign-in-form';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'cases.signIn' }))('title') };
}

export default async function CaseSignInPage({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations('cases.signIn');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="notice">{t('notSummons')}</p>
      <CaseSignInForm casePath={getPathname({ href: '/case', locale })} />
      <p>
        <Link href="/case-stages">{t('stagesLink')}</Link>
      </p>
    </>
  );
}

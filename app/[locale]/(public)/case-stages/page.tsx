import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { STAGES } from '@/lib/cases/stages';
import { alternatesFor } from '@/lib/i18n/metadata';
import { StageExplanation } from '@/components/cases/stage-explanation';

// Rendered on first visit and then served whole from the cache; saving content expires it (tag 'content').
export const dynamic = 'force-static';
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'stages' });
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/case-stages') };
}

export default async function CaseStagesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('stages');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="notice">{t('notSummons')}</p>
      <ol className="prose">
        {STAGES.map((s) => (
          <li key={s}>
            <StageExplanation stage={s} headingLevel={2} />
          </li>
        ))}
      </ol>
    </>
  );
}

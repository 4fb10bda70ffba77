import { getTranslations } from 'next-intl/server';
import type { Stage } from '@/lib/cases/stages';

/** A stage's name and plain-language explanation: the same text on the public page and in a case's timeline. */
export async function StageExplanation({ stage, headingLevel = 3 }: { stage: Stage; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('stages');
  const H = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <>
      <H>{t(`list.${stage}.name`)}</H>
      <p>{t(`list.${stage}.description`)}</p>
    </>
  );
}

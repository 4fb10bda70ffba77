import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { getOwnApplication } from '@/lib/forms/applications';
import { formDefinition } from '@/lib/forms/definitions';
import { answerSections } from '@/lib/forms/engine/answers';
import { AnswersList } from '@/components/forms/answers-list';
import { SubmitApplication } from '@/components/forms/submit-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('forms.engine'))('checkAnswers') };
}

export default async function CheckAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(PANEL_ROLES, '/account/applications');
  const { id } = await params;
  const app = await getOwnApplication(await getDb(), actor.id, id);
  if (!app) notFound();
  const t = await getTranslations('forms.engine');
  return (
    <>
      <p>
        <Link href={`/account/applications/${app.id}`}>{t('overview')}</Link>
      </p>
      <h1>{t('checkAnswers')}</h1>
      <AnswersList sections={answerSections(formDefinition(app.formNumber)!, app.data)} changeBase={app.status === 'draft' ? `/account/applications/${app.id}/section` : undefined} />
      {app.status === 'draft' ? <SubmitApplication applicationId={app.id} /> : null}
    </>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { getOwnApplication } from '@/lib/forms/applications';
import { formDefinition } from '@/lib/forms/definitions';
import { sectionProgress } from '@/lib/forms/engine/progress';
import { formByNumber } from '@/lib/forms/catalogue';
import { warsawDate } from '@/lib/calendar/dates';
import { ReopenButton } from '@/components/forms/reopen-button';
import { Notice } from '@/components/ui/notice';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('forms.engine'))('overview') };
}

/** The task list: each section with its state, then check answers and submit. */
export default async function ApplicationOverview({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireRole(PANEL_ROLES, '/account/applications');
  const { id } = await params;
  const app = await getOwnApplication(await getDb(), actor.id, id);
  if (!app) notFound();
  const def = formDefinition(app.formNumber)!;
  const t = await getTranslations();
  const tr = (key: string) => t(key as never);
  const progress = sectionProgress(def, app.data, warsawDate(new Date()));
  const allDone = progress.every((p) => p.complete);
  const draftSaved = (await searchParams).saved === 'draft' && app.status === 'draft';
  const tag = { complete: ['tag tag-done', 'complete'], in_progress: ['tag tag-progress', 'inProgress'], not_started: ['tag', 'incomplete'] } as const;
  return (
    <>
      <p>
        <Link href="/account/applications">{t('forms.engine.myApplications')}</Link>
      </p>
      {draftSaved ? (
        <Notice kind="success" role="status">
          {t('forms.engine.draftSaved')}
        </Notice>
      ) : null}
      <h1>
        {t('forms.number', { number: app.formNumber })}: <span lang="pl">{formByNumber(app.formNumber)?.officialName}</span>
      </h1>
      {app.code ? (
        <p>
          {t('forms.engine.codeIs', { code: app.code })} {app.status === 'submitted' ? t('forms.engine.submitted', { version: app.currentVersion }) : null}
        </p>
      ) : null}
      <p>
        <Link href={`/forms/${app.formNumber}`}>{t('forms.engine.guide')}</Link>
      </p>
      {app.status === 'submitted' ? (
        <>
          <div className="actions">
            <Link className="button" href={`/account/applications/${app.id}/v/${app.currentVersion}`}>
              {t('forms.engine.viewSubmitted')}
            </Link>
            <ReopenButton applicationId={app.id} />
          </div>
          <p>{t('forms.engine.editExplained')}</p>
        </>
      ) : (
        <>
          <h2>{t('forms.engine.sections')}</h2>
          <ol className="task-list">
            {def.sections.map((s, i) => (
              <li key={s.id}>
                <Link href={`/account/applications/${app.id}/section/${s.id}`}>{tr(s.title)}</Link>
                <strong className={tag[progress[i]!.state][0]}>{t(`forms.engine.${tag[progress[i]!.state][1]}`)}</strong>
              </li>
            ))}
          </ol>
          {allDone ? (
            <Link className="button" href={`/account/applications/${app.id}/check`}>
              {t('forms.engine.checkAnswers')}
            </Link>
          ) : (
            <p>{t('forms.engine.completeAll')}</p>
          )}
        </>
      )}
    </>
  );
}

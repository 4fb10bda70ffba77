import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { getOwnApplication, getVersion } from '@/lib/forms/applications';
import { formDefinition } from '@/lib/forms/definitions';
import { answerSections } from '@/lib/forms/engine/answers';
import { AnswersList } from '@/components/forms/answers-list';
import { config } from '@/lib/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('forms.engine'))('viewSubmitted') };
}

/** A submitted version, read-only, with its PDF. Older versions stay readable. */
export default async function SubmittedVersionPage({ params }: { params: Promise<{ id: string; version: string }> }) {
  const actor = await requireRole(PANEL_ROLES, '/account/applications');
  const { id, version } = await params;
  const db = await getDb();
  const app = await getOwnApplication(db, actor.id, id);
  const v = app && /^\d+$/.test(version) ? await getVersion(db, app.id, Number(version)) : null;
  if (!app || !v) notFound();
  const t = await getTranslations('forms.engine');
  const format = await getFormatter();
  const def = formDefinition(app.formNumber)!;
  return (
    <>
      <p>
        <Link href={`/account/applications/${app.id}`}>{t('overview')}</Link>
      </p>
      <h1>{t('submittedTitle', { code: app.code ?? '', version: v.version })}</h1>
      <div className="notice notice-success">
        <p>{t('submittedOn', { date: format.dateTime(v.submittedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
        <p>
          {t('hash')}: <code style={{ overflowWrap: 'anywhere' }}>{v.contentHash}</code>
        </p>
        <p>
          <a className="button" href={`/api/applications/${app.id}/pdf?v=${v.version}`} download>
            {t('downloadPdf')}
          </a>
        </p>
        <p>{t('printExplained')}</p>
      </div>
      {v.version < app.currentVersion ? <p className="notice notice-error">{t('notLatest', { latest: app.currentVersion })}</p> : null}
      <section aria-labelledby="next-steps-title">
        <h2 id="next-steps-title">{t('nextTitle')}</h2>
        <ol>
          <li>{t('nextPrint')}</li>
          <li>
            {t('nextService')}{' '}
            <Link href={`/services/${def.service}`}>{t('nextServiceLink')}</Link>
          </li>
          <li>{t('nextFee', { payee: config().OFFICE_FEE_PAYEE, account: config().OFFICE_FEE_ACCOUNT })}</li>
          <li>{t('nextVisit')}</li>
        </ol>
        <p>
          <Link className="button button-secondary" href="/account/reservations/new">
            {t('nextVisitButton')}
          </Link>
        </p>
      </section>
      <AnswersList sections={answerSections(def, v.data)} />
    </>
  );
}

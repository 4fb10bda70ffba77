import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { findByCode, getVersion, listComparisons, listLinkedAnnexes } from '@/lib/forms/applications';
import { RegisterFromApplication } from '@/components/staff/cases/register-from-application';
import { formDefinition } from '@/lib/forms/definitions';
import { answerSections } from '@/lib/forms/engine/answers';
import { answerOrNotApplicable } from '@/lib/forms/engine/answer-text';
import { printedPages } from '@/lib/forms/pdf';
import { formByNumber } from '@/lib/forms/catalogue';
import { translatorFor } from '@/lib/i18n/translator';
import { ComparisonForm, type ComparisonRow } from '@/components/forms/comparison-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('forms.compare'))('title') };
}

export default async function CompareVersionPage({ params }: { params: Promise<{ code: string; version: string }> }) {
  const actor = await requireRole(STAFF_ROLES, '/staff/compare');
  const { code, version } = await params;
  const db = await getDb();
  const app = await findByCode(db, decodeURIComponent(code));
  const v = app && /^\d+$/.test(version) ? await getVersion(db, app.id, Number(version)) : null;
  if (!app || !v) notFound();
  const def = formDefinition(app.formNumber)!;
  const t = await getTranslations('forms.compare');
  const format = await getFormatter();
  // The comparison reads like the paper: Polish labels and Polish option names.
  const pl = translatorFor('pl');
  const sections: { id: string; officialTitle: string; rows: ComparisonRow[] }[] = answerSections(def, v.data).map((s) => ({
    id: s.id,
    officialTitle: s.officialTitle,
    rows: s.rows.map((r) => ({ path: r.path, officialLabel: r.item ? `${r.field.officialLabel} (${r.item})` : r.field.officialLabel, value: answerOrNotApplicable(r, pl as never) })),
  }));
  // Where the printout turns a page (laid out as the download is: same data, same language), so the
  // clerk turning the paper finds the same row on screen.
  const pages = await printedPages({ def, code: app.code ?? '', version: v.version, locale: app.locale, data: v.data, contentHash: v.contentHash });
  let previousPage = 1;
  for (const row of sections.flatMap((s) => s.rows)) {
    const page = pages.get(row.path) ?? previousPage;
    if (page !== previousPage) row.pageStart = page;
    previousPage = page;
  }
  const [history, annexes] = await Promise.all([listComparisons(db, app.id), app.code ? listLinkedAnnexes(db, app.code) : []]);
  // The newest comparison of this version: its ticks and notes reopen, and its outcome decides the warning.
  const lastOfVersion = history.find((h) => h.version === v.version);
  const comparedThisVersion = Boolean(lastOfVersion);
  return (
    <>
      <p>
        <Link href="/staff/compare">{t('title')}</Link>
      </p>
      <h1>{t('heading', { code: app.code ?? '', version: v.version })}</h1>
      <p lang="pl">{formByNumber(app.formNumber)?.officialName}</p>
      {v.version !== app.currentVersion ? (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{t('notLatest', { version: v.version, latest: app.currentVersion })}</strong>
          </p>
          <p>
            <Link href={`/staff/compare/${app.code}/${app.currentVersion}`}>{t('openLatest')}</Link>
          </p>
        </div>
      ) : (
        <p className="notice">{t('isLatest')}</p>
      )}
      <p>
        {t('hash')}: <code style={{ overflowWrap: 'anywhere' }}>{v.contentHash}</code>
      </p>
      {annexes.length ? (
        <section aria-labelledby="annexes-title">
          <h2 id="annexes-title">{t('annexes')}</h2>
          <ul>
            {annexes.map((a) => (
              <li key={a.code}>
                <Link href={`/staff/compare/${a.code}/${a.version}`}>{a.code}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ComparisonForm applicationId={app.id} version={v.version} sections={sections} canRecord={actor.role !== 'reception'} saved={lastOfVersion?.fields} />
      {comparedThisVersion && actor.role !== 'reception' ? (
        <section aria-labelledby="register-title">
          <h2 id="register-title">{t('registerTitle')}</h2>
          <RegisterFromApplication applicationId={app.id} version={v.version} differences={lastOfVersion?.outcome === 'differences'} />
        </section>
      ) : null}
      {history.length ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('history')}</h2>
          <ul>
            {history.map((h, i) => (
              <li key={i}>
                {format.dateTime(h.recordedAt, { dateStyle: 'short', timeStyle: 'short' })} – {t('versionShort', { version: h.version })} – {h.outcome === 'matching' ? t('outcomeMatching') : t('outcomeDifferences')} – {h.clerk}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

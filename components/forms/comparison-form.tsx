'use client';

import { Fragment, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { useRouter } from '@/i18n/navigation';
import { recordComparisonAction } from '@/lib/forms/actions';
import { Notice } from '@/components/ui/notice';
import { TableWrap } from '@/components/ui/table-wrap';

/** `pageStart`: this row is the first on that page of the printout. */
export type ComparisonRow = { path: string; officialLabel: string; value: string; pageStart?: number };
export type ComparisonSection = { id: string; officialTitle: string; rows: ComparisonRow[] };

/** The electronic version laid out like the paper, with a "matches" tick and a note per field. */
export function ComparisonForm({
  applicationId,
  version,
  sections,
  canRecord,
  saved,
}: {
  applicationId: string;
  version: number;
  sections: ComparisonSection[];
  canRecord: boolean;
  /** The last comparison recorded for this version: it reopens as it was left. */
  saved?: Record<string, { matches: boolean; note?: string }>;
}) {
  const t = useTranslations('forms.compare');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [state, setState] = useState<Record<string, { matches: boolean; note: string }>>(() =>
    Object.fromEntries(sections.flatMap((s) => s.rows.map((r) => [r.path, { matches: saved?.[r.path]?.matches ?? false, note: saved?.[r.path]?.note ?? '' }]))),
  );
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const set = (path: string, patch: Partial<{ matches: boolean; note: string }>) => setState((s) => ({ ...s, [path]: { ...s[path]!, ...patch } }));
  // The clerk works down the paper: focus starts on the first row, and Enter ticks a row and moves to the next.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('.compare-check')?.focus();
  }, []);
  const tickAndNext = (path: string) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    set(path, { matches: true });
    const checks = [...(formRef.current?.querySelectorAll<HTMLInputElement>('.compare-check') ?? [])];
    checks[checks.indexOf(e.currentTarget) + 1]?.focus();
  };
  return (
    <form
      ref={formRef}
      method="post"
      onSubmit={async (e) => {
        e.preventDefault();
        const fields = Object.fromEntries(Object.entries(state).map(([k, v]) => [k, { matches: v.matches, note: v.note || undefined }]));
        const r = await recordComparisonAction({ applicationId, version, fields });
        if (r.ok) {
          setResult(r.outcome === 'matching' ? t('recordedMatching') : t('recordedDifferences'));
          router.refresh();
        } else setError(errorMessage(r));
      }}
    >
      {sections.map((s) => (
        <fieldset key={s.id} className="compare-section">
          <legend lang="pl">{s.officialTitle}</legend>
          <TableWrap label={s.officialTitle}>
            <table className="compare-table">
              <colgroup>
                <col className="compare-col-field" />
                <col className="compare-col-value" />
                <col className="compare-col-check" />
                <col className="compare-col-note" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('field')}</th>
                  <th scope="col">{t('electronic')}</th>
                  <th scope="col">{t('matches')}</th>
                  <th scope="col">{t('note')}</th>
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r) => {
                  const id = `cmp-${r.path.replace(/\./g, '-')}`;
                  return (
                    <Fragment key={r.path}>
                      {r.pageStart ? (
                        <tr className="compare-page-break">
                          <td colSpan={4}>{t('pageBreak', { page: r.pageStart })}</td>
                        </tr>
                      ) : null}
                    <tr>
                      <th scope="row" lang="pl" id={`${id}-label`}>
                        {r.officialLabel}
                      </th>
                      <td>{r.value}</td>
                      <td>
                        <input
                          type="checkbox"
                          id={`${id}-ok`}
                          className="compare-check"
                          checked={state[r.path]!.matches}
                          onChange={(e) => set(r.path, { matches: e.target.checked })}
                          onKeyDown={tickAndNext(r.path)}
                          aria-label={t('matchesFor', { field: r.officialLabel })}
                        />
                      </td>
                      <td>
                        <input className="input" id={`${id}-note`} value={state[r.path]!.note} onChange={(e) => set(r.path, { note: e.target.value })} aria-label={t('noteFor', { field: r.officialLabel })} maxLength={1000} />
                      </td>
                    </tr>
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        </fieldset>
      ))}
      {result ? <Notice kind="success" role="status">{result}</Notice> : null}
      {error ? <Notice kind="error" role="alert">{error}</Notice> : null}
      {canRecord ? (
        <div className="actions">
          <button
            type="button"
            className="button button-secondary"
            // A row with a note is a difference the clerk wrote down: "all" never ticks it.
            onClick={() => setState((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.note.trim() ? v : { ...v, matches: true }])))}
          >
            {t('tickAll')}
          </button>
          <button type="submit" className="button">
            {t('record')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

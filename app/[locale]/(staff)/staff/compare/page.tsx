import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { redirect } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { findByCode } from '@/lib/forms/applications';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('forms.compare'))('title') };
}

/**
 * The clerk types the code from the paper, or a USB scanner "types" the QR
 * code's URL into the focused field; either way we find the version.
 */
export default async function ComparePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requireRole(STAFF_ROLES, '/staff/compare');
  const { q } = await searchParams;
  const t = await getTranslations('forms.compare');
  let notFoundCode = false;
  if (q) {
    const fromUrl = /compare\/(W-[A-Z0-9]{4}-[A-Z0-9]{4})\/(\d+)/i.exec(q);
    const app = await findByCode(await getDb(), fromUrl ? fromUrl[1]! : q.slice(0, 40));
    if (app?.code && app.currentVersion > 0) {
      const version = fromUrl ? Number(fromUrl[2]) : app.currentVersion;
      return redirect({ href: `/staff/compare/${app.code}/${version}`, locale: await getLocale() });
    }
    notFoundCode = true;
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form method="get" className="form">
        <div className={`field${notFoundCode ? ' field-error' : ''}`}>
          <label htmlFor="compare-q">{t('codeLabel')}</label>
          <span className="hint" id="compare-q-hint">
            {t('codeHint')}
          </span>
          {notFoundCode ? (
            <span className="error-message" id="compare-q-error">
              {t('notFound')}
            </span>
          ) : null}
          <input
            id="compare-q"
            name="q"
            className="input"
            autoFocus
            autoComplete="off"
            defaultValue={q}
            aria-invalid={notFoundCode || undefined}
            aria-describedby={notFoundCode ? 'compare-q-hint compare-q-error' : 'compare-q-hint'}
          />
        </div>
        <button type="submit" className="button">
          {t('open')}
        </button>
      </form>
    </>
  );
}

import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { cachedSection } from '@/lib/content/cached';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { canFile, listOwnApplications } from '@/lib/forms/applications';
import { FORM_DEFINITIONS } from '@/lib/forms/definitions';
import { formByNumber } from '@/lib/forms/catalogue';
import { NewApplicationForm } from '@/components/forms/new-application-form';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('forms.engine'))('myApplications') };
}

export default async function MyApplicationsPage({ searchParams }: { searchParams: Promise<{ form?: string }> }) {
  const { form: wanted } = await searchParams;
  const chosen = wanted && /^\d{1,2}$/.test(wanted) ? Number(wanted) : undefined;
  const actor = await requireRole(PANEL_ROLES, chosen ? `/account/applications?form=${chosen}` : '/account/applications');
  const t = await getTranslations('forms');
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const [apps, pages] = await Promise.all([listOwnApplications(await getDb(), actor.id), cachedSection(locale, 'forms/')]);
  // The form's name in the reader's language (its information page), the official Polish name after it.
  const titles = new Map(pages.map((p) => [p.slug, p.title]));
  const name = (n: number) => `${t('number', { number: n })}: ${titles.get(`forms/${n}`) ?? formByNumber(n)?.officialName ?? ''}`;
  const available = [...FORM_DEFINITIONS.values()].filter((d) => canFile(d, actor.role)).map((d) => ({ number: d.number, label: name(d.number) }));
  return (
    <>
      <h1>{t('engine.myApplications')}</h1>
      {apps.length === 0 ? (
        <p>{t('engine.none')}</p>
      ) : (
        <TableWrap label={t('engine.myApplications')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('engine.form')}</th>
                <th scope="col">{t('engine.status')}</th>
                <th scope="col">{t('engine.code')}</th>
                <th scope="col">{t('engine.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {apps.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/account/applications/${a.id}`}>{name(a.formNumber)}</Link>
                  </td>
                  <td>{a.status === 'draft' ? (a.currentVersion ? t('engine.draftNewVersion', { version: a.currentVersion + 1 }) : t('engine.draft')) : t('engine.submitted', { version: a.currentVersion })}</td>
                  <td>{a.code ?? '–'}</td>
                  <td>{format.dateTime(a.updatedAt, { dateStyle: 'short', timeStyle: 'short' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h2>{t('engine.startNew')}</h2>
      {available.length ? <NewApplicationForm forms={available} chosen={available.some((f) => f.number === chosen) ? chosen : undefined} /> : <p>{t('engine.noneAvailable')}</p>}
    </>
  );
}

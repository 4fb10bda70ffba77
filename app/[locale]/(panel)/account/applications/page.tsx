import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
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

export default async function MyApplicationsPage() {
  const actor = await requireRole(PANEL_ROLES, '/account/applications');
  const t = await getTranslations('forms');
  const format = await getFormatter();
  const apps = await listOwnApplications(await getDb(), actor.id);
  const name = (n: number) => `${t('number', { number: n })}: ${formByNumber(n)?.officialName ?? ''}`;
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
      {available.length ? <NewApplicationForm forms={available} /> : <p>{t('engine.noneAvailable')}</p>}
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { listLinkedCases } from '@/lib/cases/holder';
import { LinkCaseForm } from '@/components/cases/link-case-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cases.linked'))('title') };
}

export default async function MyCasesPage() {
  const actor = await requireRole(PANEL_ROLES, '/account/cases');
  const t = await getTranslations('cases.linked');
  const ts = await getTranslations('stages');
  const linked = await listLinkedCases(await getDb(), actor.id);
  return (
    <>
      <h1>{t('title')}</h1>
      {linked.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul>
          {linked.map((c) => (
            <li key={c.id}>
              <Link href={`/account/cases/${c.id}`}>{c.number}</Link> – {ts(`list.${c.stage}.name`)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('linkTitle')}</h2>
      <p>{t('linkIntro')}</p>
      <LinkCaseForm />
    </>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { getOwnApplication } from '@/lib/forms/applications';
import { formDefinition } from '@/lib/forms/definitions';
import { SectionForm } from '@/components/forms/section-form';

type Props = { params: Promise<{ id: string; section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params;
  const t = await getTranslations();
  return { title: t('forms.engine.sectionTitle', { section }) };
}

export default async function SectionPage({ params, searchParams }: Props & { searchParams: Promise<{ from?: string }> }) {
  const { id, section } = await params;
  const fromCheck = (await searchParams).from === 'check';
  const actor = await requireRole(PANEL_ROLES, `/account/applications/${id}/section/${section}`);
  const app = await getOwnApplication(await getDb(), actor.id, id);
  if (!app) notFound();
  const def = formDefinition(app.formNumber)!;
  const index = def.sections.findIndex((s) => s.id === section);
  if (index < 0) notFound();
  const t = await getTranslations();
  if (app.status !== 'draft') {
    return (
      <>
        <h1>{t('forms.engine.readOnly')}</h1>
        <Link href={`/account/applications/${app.id}`}>{t('forms.engine.overview')}</Link>
      </>
    );
  }
  const next = def.sections[index + 1];
  // "Change" on the check page comes back to it, not to the next section.
  const nextHref = next && !fromCheck ? `/account/applications/${app.id}/section/${next.id}` : `/account/applications/${app.id}/check`;
  return (
    <>
      <p>
        <Link href={`/account/applications/${app.id}`}>{t('forms.engine.overview')}</Link>
      </p>
      <p className="hint">{t('forms.engine.step', { current: index + 1, total: def.sections.length })}</p>
      <h1>{t(def.sections[index]!.title as never)}</h1>
      <SectionForm applicationId={app.id} formNumber={app.formNumber} sectionId={section} initial={(app.data[section] ?? {}) as never} savedAt={app.updatedAt.toISOString()} nextHref={nextHref} overviewHref={`/account/applications/${app.id}`} />
    </>
  );
}

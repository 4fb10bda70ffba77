import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { getHolderView, isLinked, markMessagesRead } from '@/lib/cases/holder';
import { CaseView } from '@/components/cases/case-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cases.holder'))('pageTitle') };
}

export default async function LinkedCasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(PANEL_ROLES, '/account/cases');
  const { id } = await params;
  const db = await getDb();
  // Another person's case answers "not found", exactly like a case that does not exist.
  if (!/^[0-9a-f-]{36}$/.test(id) || !(await isLinked(db, actor.id, id))) notFound();
  const view = await getHolderView(db, id);
  if (!view) notFound();
  await markMessagesRead(db, id);
  return <CaseView view={view} linkedCaseId={id} />;
}

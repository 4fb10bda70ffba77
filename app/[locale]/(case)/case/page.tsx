import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { redirect } from '@/i18n/navigation';
import { getSignedInCaseId } from '@/lib/auth/session';
import { getHolderView, markMessagesRead } from '@/lib/cases/holder';
import { CaseView } from '@/components/cases/case-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cases.holder'))('pageTitle'), robots: { index: false } };
}

/** The case of the person signed in with its number and password; no other case is reachable here. */
export default async function CasePage() {
  const caseId = await getSignedInCaseId();
  const locale = await getLocale();
  if (!caseId) return redirect({ href: '/case/sign-in', locale });
  const db = await getDb();
  const view = await getHolderView(db, caseId);
  if (!view) return redirect({ href: '/case/sign-in', locale });
  await markMessagesRead(db, caseId);
  return <CaseView view={view} />;
}

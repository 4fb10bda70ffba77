import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireRole } from '@/lib/auth/session';
import { RegisterCaseForm } from '@/components/staff/cases/register-case-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cases.staff'))('newCase') };
}

export default async function NewCasePage() {
  await requireRole(['clerk', 'admin'], '/staff/cases/new');
  const t = await getTranslations('cases.staff');
  return (
    <>
      <h1>{t('newCase')}</h1>
      <p>{t('newCaseIntro')}</p>
      <RegisterCaseForm />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/auth/change-password-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.change'))('title') };
}

export default async function ChangePasswordPage() {
  const t = await getTranslations('auth.change');
  return (
    <>
      <h1>{t('title')}</h1>
      <ChangePasswordForm />
    </>
  );
}

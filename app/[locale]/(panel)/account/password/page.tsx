import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES, STAFF_ROLES } from '@/lib/auth/actor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.change'))('title') };
}

export default async function ChangePasswordPage() {
  await requireRole([...PANEL_ROLES, ...STAFF_ROLES], '/account/password');
  const t = await getTranslations('auth.change');
  return (
    <>
      <h1>{t('title')}</h1>
      <ChangePasswordForm />
    </>
  );
}

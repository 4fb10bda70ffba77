import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { Notice } from '@/components/ui/notice';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.reset'))('title'), robots: { index: false } };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations('auth');
  return (
    <>
      <h1>{t('reset.title')}</h1>
      {token ? <ResetPasswordForm token={token} /> : <Notice kind="error">{t('verify.missingToken')}</Notice>}
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { VerifyEmailForm } from '@/components/auth/verify-email-form';
import { Notice } from '@/components/ui/notice';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.verify'))('title'), robots: { index: false } };
}

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations('auth.verify');
  return (
    <>
      <h1>{t('title')}</h1>
      {token ? <VerifyEmailForm token={token} /> : <Notice kind="error">{t('missingToken')}</Notice>}
    </>
  );
}

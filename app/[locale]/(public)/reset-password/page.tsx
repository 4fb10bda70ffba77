import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { Notice } from '@/components/ui/notice';

type Search = Promise<{ token?: string; first?: string }>;

// `first=1` is a set-password link for a new account (npm run admin:create): same token and form, first-password wording.
export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const t = await getTranslations('auth.reset');
  return { title: (await searchParams).first === '1' ? t('firstTitle') : t('title'), robots: { index: false } };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Search }) {
  const { token, first } = await searchParams;
  const t = await getTranslations('auth');
  const isFirst = first === '1';
  return (
    <>
      <h1>{isFirst ? t('reset.firstTitle') : t('reset.title')}</h1>
      {isFirst && token ? <p>{t('reset.firstIntro')}</p> : null}
      {token ? <ResetPasswordForm token={token} /> : <Notice kind="error">{t('verify.missingToken')}</Notice>}
    </>
  );
}

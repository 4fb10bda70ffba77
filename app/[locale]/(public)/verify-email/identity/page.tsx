import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ConfirmIdentityForm } from '@/components/auth/confirm-identity-form';
import { Notice } from '@/components/ui/notice';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.verify'))('identityTitle'), robots: { index: false } };
}

/** Where the confirmation link of a first sign-in through an external provider leads. */
export default async function ConfirmIdentityPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations('auth.verify');
  return (
    <>
      <h1>{t('identityTitle')}</h1>
      {token ? <ConfirmIdentityForm token={token} /> : <Notice kind="error">{t('missingToken')}</Notice>}
    </>
  );
}

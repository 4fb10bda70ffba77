import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SignInForm } from '@/components/auth/sign-in-form';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ callbackUrl?: string; notice?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.signIn'))('title') };
}

/** Only our own paths: an open redirect would help phishing. */
function safeReturn(url: string | undefined, fallback: string): string {
  return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : fallback;
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { callbackUrl, notice } = await searchParams;
  const t = await getTranslations('auth.signIn');
  const notices: Record<string, string> = { verified: t('verifiedNotice'), reset: t('resetNotice') };
  return (
    <>
      <h1>{t('title')}</h1>
      <SignInForm callbackUrl={safeReturn(callbackUrl, getPathname({ href: '/account', locale }))} notice={notice ? notices[notice] : undefined} />
    </>
  );
}

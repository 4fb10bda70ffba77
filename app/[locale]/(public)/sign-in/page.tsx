import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SignInForm } from '@/components/auth/sign-in-form';
import { OidcSignInButton } from '@/components/auth/oidc-sign-in-button';
import { Notice } from '@/components/ui/notice';
import { oidcSettings } from '@/lib/auth/oidc-next';
import { signInErrorKey } from '@/lib/auth/oidc-errors';
import { safeReturn } from '@/lib/auth/safe-return';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ callbackUrl?: string; notice?: string; error?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.signIn'))('title') };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { callbackUrl, notice, error } = await searchParams;
  const t = await getTranslations('auth.signIn');
  const to = await getTranslations('oidc');
  const te = await getTranslations('errors');
  const notices: Record<string, string> = { verified: t('verifiedNotice'), reset: t('resetNotice'), identity: t('identityNotice') };
  const returnTo = safeReturn(callbackUrl, getPathname({ href: '/account', locale }));
  const oidc = oidcSettings();
  const errorKey = signInErrorKey(error);
  return (
    <>
      <h1>{t('title')}</h1>
      {errorKey ? (
        <Notice kind="error" role="alert">
          <p>{te(errorKey as never)}</p>
        </Notice>
      ) : null}
      <SignInForm
        callbackUrl={returnTo}
        staffHome={callbackUrl ? undefined : getPathname({ href: '/staff', locale })}
        notice={notice ? notices[notice] : undefined}
      />
      {oidc ? (
        <section aria-labelledby="oidc-heading">
          <h2 id="oidc-heading">{to('otherWays')}</h2>
          <p>{to('firstTime')}</p>
          <OidcSignInButton label={oidc.label} callbackUrl={returnTo} />
        </section>
      ) : null}
    </>
  );
}

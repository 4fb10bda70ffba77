import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { Notice } from '@/components/ui/notice';
import { OidcLinkForm } from '@/components/auth/oidc-link-form';
import { currentPendingLink, oidcSettings } from '@/lib/auth/oidc-next';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('oidc.link'))('title') };
}

/** Reached only from the provider's callback, with the pending link sealed in an HttpOnly cookie. */
export default async function LinkAccountPage({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations('oidc');
  const settings = oidcSettings();
  const pending = settings ? await currentPendingLink() : null;
  return (
    <>
      <h1>{t('link.title')}</h1>
      {pending ? (
        <>
          <p>{t('link.intro', { email: pending.email, provider: settings?.label ?? t('defaultProvider') })}</p>
          <OidcLinkForm accountUrl={getPathname({ href: '/account', locale })} />
        </>
      ) : (
        <Notice kind="error">
          <p>{t('link.expired')}</p>
          <p>
            <Link href="/sign-in">{t('link.backToSignIn')}</Link>
          </p>
        </Notice>
      )}
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getSenderView } from '@/lib/enquiries/sender';
import { EnquiryThread } from '@/components/enquiries/enquiry-thread';
import { ConfirmEnquiryButton } from '@/components/enquiries/confirm-button';
import { WriteAgainForm } from '@/components/enquiries/write-again-form';
import { Notice } from '@/components/ui/notice';

// The token is in the address: keep it out of search engines and of the Referer sent to other sites.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('enquiries.view'))('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The sender's page, opened by the link from an e-mail. */
export default async function EnquiryViewPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations('enquiries.view');
  const view = token ? await getSenderView(await getDb(), { token }) : null;
  if (!view || !token) {
    return (
      <>
        <h1>{t('title')}</h1>
        <Notice kind="error">{t('linkInvalid')}</Notice>
      </>
    );
  }
  return (
    <>
      <h1>{view.number ? t('heading', { number: view.number }) : t('title')}</h1>
      {view.status === 'unconfirmed' ? <ConfirmEnquiryButton token={token} /> : null}
      <EnquiryThread view={view} />
      {view.status !== 'unconfirmed' ? (
        <section aria-labelledby="again-title">
          <h2 id="again-title">{t('writeAgain')}</h2>
          <WriteAgainForm access={{ token }} />
        </section>
      ) : null}
    </>
  );
}

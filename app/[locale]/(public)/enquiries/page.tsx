import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getActor } from '@/lib/auth/session';
import { alternatesFor } from '@/lib/i18n/metadata';
import { verifiedSenderEmail } from '@/lib/enquiries/sender';
import { EnquiryForm } from '@/components/enquiries/enquiry-form';
import { DeadlineNote } from '@/components/enquiries/deadline-note';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ topic?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'enquiries' });
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/enquiries') };
}

/** Write to the office: an enquiry, a complaint (skarga) or a motion (wniosek). */
export default async function EnquiryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { topic } = await searchParams;
  const actor = await getActor();
  const accountEmail = actor ? await verifiedSenderEmail(await getDb(), actor.id) : null;
  const t = await getTranslations('enquiries');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="notice">
        <p>{t('notAnApplication')}</p>
        <p>
          <Link href="/search">{t('searchFirst')}</Link>
        </p>
      </div>
      <DeadlineNote />
      {actor ? (
        <p>
          <Link href="/account/enquiries">{t('account.title')}</Link>
        </p>
      ) : (
        <p>{t('anonymousNote')}</p>
      )}
      <EnquiryForm accountEmail={accountEmail} topic={topic} />
    </>
  );
}

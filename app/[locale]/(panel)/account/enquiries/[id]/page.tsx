import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES, STAFF_ROLES } from '@/lib/auth/actor';
import { getSenderView } from '@/lib/enquiries/sender';
import { EnquiryThread } from '@/components/enquiries/enquiry-thread';
import { WriteAgainForm } from '@/components/enquiries/write-again-form';
import { Notice } from '@/components/ui/notice';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('enquiries.view'))('title') };
}

/** One of the account's own items; another account's id is simply not found. */
export default async function MyEnquiryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireRole([...PANEL_ROLES, ...STAFF_ROLES], `/account/enquiries/${id}`);
  const view = await getSenderView(await getDb(), { id, userId: actor.id });
  if (!view) notFound();
  const t = await getTranslations('enquiries');
  return (
    <>
      <p>
        <Link href="/account/enquiries">{t('account.title')}</Link>
      </p>
      <h1>{view.number ? t('view.heading', { number: view.number }) : t('view.title')}</h1>
      {view.status === 'unconfirmed' ? <Notice>{t('view.confirmByEmail')}</Notice> : null}
      <EnquiryThread view={view} />
      {view.status !== 'unconfirmed' ? (
        <section aria-labelledby="again-title">
          <h2 id="again-title">{t('view.writeAgain')}</h2>
          <WriteAgainForm access={{ id: view.id }} />
        </section>
      ) : null}
    </>
  );
}

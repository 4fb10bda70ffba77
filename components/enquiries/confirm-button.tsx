'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { confirmEnquiryAction } from '@/lib/enquiries/actions';
import { ActionButtonForm } from '@/components/ui/action-button-form';

// A button, not the GET of the link: mail scanners that open links must not send a message on someone’s behalf.
export function ConfirmEnquiryButton({ token }: { token: string }) {
  const t = useTranslations('enquiries.view');
  const router = useRouter();
  return <ActionButtonForm label={t('confirmButton')} intro={t('confirmIntro')} action={() => confirmEnquiryAction({ token })} onSuccess={() => router.refresh()} />;
}

'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { closeEnquiryAction } from '@/lib/enquiries/actions';
import { ActionButtonForm } from '@/components/ui/action-button-form';

export function StaffCloseButton({ enquiryId }: { enquiryId: string }) {
  const t = useTranslations('staffEnquiries');
  const router = useRouter();
  return <ActionButtonForm label={t('closeButton')} intro={t('closeIntro')} action={() => closeEnquiryAction({ enquiryId })} onSuccess={() => router.refresh()} />;
}

'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { resendNoticeAction } from '@/lib/notifications/actions';

export function ResendNoticeButton({ id }: { id: number }) {
  const t = useTranslations('cases.notifications');
  const router = useRouter();
  return (
    <button
      type="button"
      className="button button-secondary"
      aria-label={t('resendNamed', { id })}
      onClick={async () => {
        await resendNoticeAction({ id });
        router.refresh();
      }}
    >
      {t('resend')}
    </button>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { endAnnouncementAction } from '@/lib/content/actions';

export function EndAnnouncementButton({ id, title }: { id: number; title: string }) {
  const t = useTranslations('staff.announcements');
  const router = useRouter();
  return (
    <button
      type="button"
      className="button button-secondary"
      aria-label={t('endNamed', { title })}
      onClick={async () => {
        await endAnnouncementAction({ id });
        router.refresh();
      }}
    >
      {t('end')}
    </button>
  );
}

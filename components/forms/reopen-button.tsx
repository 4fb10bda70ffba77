'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { reopenApplicationAction } from '@/lib/forms/actions';

export function ReopenButton({ applicationId }: { applicationId: string }) {
  const t = useTranslations('forms.engine');
  const router = useRouter();
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={async () => {
        const r = await reopenApplicationAction({ applicationId });
        if (r.ok) router.refresh();
      }}
    >
      {t('edit')}
    </button>
  );
}

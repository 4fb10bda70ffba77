'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { submitApplicationAction } from '@/lib/forms/actions';
import { ActionButtonForm } from '@/components/ui/action-button-form';

export function SubmitApplication({ applicationId }: { applicationId: string }) {
  const t = useTranslations('forms.engine');
  const router = useRouter();
  return (
    <ActionButtonForm
      label={t('submit')}
      intro={t('submitExplained')}
      action={() => submitApplicationAction({ applicationId })}
      onSuccess={(r) => router.push(`/account/applications/${applicationId}/v/${r.version}`)}
    />
  );
}

'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { reissuePasswordAction } from '@/lib/cases/actions';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { NewCredentials } from './print-letter-form';

/** A new password ends the old one's sessions and account links at once: confirmed first. */
export function ReissuePassword({ caseId }: { caseId: string }) {
  const t = useTranslations('cases.staff');
  const [issued, setIssued] = useState<{ number: string; password: string } | null>(null);
  if (issued) return <NewCredentials caseId={caseId} {...issued} />;
  return (
    <ConfirmAction
      intro={t('reissueIntro')}
      label={t('reissue')}
      question={t('reissueQuestion')}
      yes={t('reissueYes')}
      no={t('reissueNo')}
      action={() => reissuePasswordAction({ caseId })}
      onSuccess={(r) => setIssued({ number: r.number, password: r.password })}
    />
  );
}

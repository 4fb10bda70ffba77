'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { ActionButtonForm } from '@/components/ui/action-button-form';
import { cancelReservationAction } from '@/lib/reservations/actions';

export function CancelReservation({ reservationId }: { reservationId: string }) {
  const t = useTranslations('reservations.details');
  const router = useRouter();
  return (
    <ActionButtonForm
      label={t('cancel')}
      intro={t('cancelIntro')}
      action={() => cancelReservationAction({ reservationId })}
      onSuccess={() => router.refresh()}
    />
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { cancelReservationAction } from '@/lib/reservations/actions';

/** Cancelling gives the place to someone else and cannot be undone: it is confirmed first. */
export function CancelReservation({ reservationId }: { reservationId: string }) {
  const t = useTranslations('reservations.details');
  const router = useRouter();
  return (
    <ConfirmAction
      label={t('cancel')}
      intro={t('cancelIntro')}
      question={t('cancelQuestion')}
      yes={t('cancelYes')}
      no={t('cancelNo')}
      action={() => cancelReservationAction({ reservationId })}
      onSuccess={() => router.replace(`/account/reservations/${reservationId}?cancelled=1`)}
    />
  );
}

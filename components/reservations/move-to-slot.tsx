'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { ActionButtonForm } from '@/components/ui/action-button-form';
import { moveReservationAction } from '@/lib/reservations/actions';

export function MoveToSlot({ reservationId, slotId, when }: { reservationId: string; slotId: number; when: string }) {
  const t = useTranslations('reservations.move');
  const router = useRouter();
  return (
    <ActionButtonForm
      label={t('confirm')}
      intro={t('confirmIntro', { when })}
      action={() => moveReservationAction({ reservationId, slotId })}
      onSuccess={() => router.push(`/account/reservations/${reservationId}?moved=1`)}
    />
  );
}

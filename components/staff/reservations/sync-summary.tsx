'use client';

import { useTranslations } from 'next-intl';
import type { SyncResult } from '@/lib/reservations/admin/sync';
import { Notice } from '@/components/ui/notice';

/** What a configuration change did to the slots of the next 8 weeks. */
export function SyncSummary({ sync, saved }: { sync: SyncResult | null; saved: string }) {
  const t = useTranslations('reservationsAdmin.sync');
  if (!sync) return null;
  return (
    <Notice kind="success" role="status">
      {saved} {t('summary', { added: sync.added, removed: sync.removed })}
      {sync.keptBooked ? ` ${t('keptBooked', { count: sync.keptBooked })}` : ''}
    </Notice>
  );
}

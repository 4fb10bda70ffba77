import 'server-only';
import type { DbOrTx } from '@/db/client';
import { notificationOutbox } from '@/db/schema';
import type { Locale } from '@/i18n/routing';

export type ReservationNoticeKind = 'reservation_confirmed' | 'reservation_moved' | 'reservation_cancelled';

/** Queued in the transaction of the change; the text and the .ics are built when the notice is sent. */
export async function enqueueReservationNotice(tx: DbOrTx, r: { id: string; email: string; locale: Locale }, kind: ReservationNoticeKind) {
  await tx.insert(notificationOutbox).values({ ref: r.id, channel: 'email', recipient: r.email, locale: r.locale, kind });
}

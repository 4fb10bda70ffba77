import type { LocalNames } from '@/db/schema';
import type { MessageParams } from '@/lib/errors/message';

/** Codes map to `errors.<code>` messages; `params` fill their placeholders. */
export type QueueErrorCode =
  | 'not_found'
  | 'checkin_unknown'
  | 'checkin_wrong_location'
  | 'checkin_cancelled'
  | 'checkin_used'
  | 'checkin_used_ticket'
  | 'checkin_too_early'
  | 'checkin_late'
  | 'walk_in_unavailable'
  | 'desk_busy'
  | 'queue_empty'
  | 'ticket_not_current';

export type QueueRefusal = { ok: false; formError: QueueErrorCode; params?: MessageParams };
export type QueueResult<T extends object = object> = ({ ok: true } & T) | QueueRefusal;

/** What the kiosk prints on screen: no personal data. */
export type IssuedTicket = { id: number; label: string; kind: 'reserved' | 'walk_in'; serviceNames: LocalNames; issuedAt: string; appointmentAt: string | null };

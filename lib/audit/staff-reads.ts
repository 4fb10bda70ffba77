import 'server-only';
import type { DbOrTx } from '@/db/client';
import { isStaff, type Actor } from '@/lib/auth/actor';
import { writeAudit } from './audit';

/** What staff read that an auditor asks about: who opened which case, who took which PDF. */
export type StaffRead =
  | { action: 'case.open'; entityType: 'case'; entityId: string }
  | { action: 'case.letter_download'; entityType: 'case'; entityId: string }
  | { action: 'case.letter_reprint'; entityType: 'case'; entityId: string }
  | { action: 'application.pdf_download'; entityType: 'application'; entityId: string; version: number }
  | { action: 'reservation.pdf_download'; entityType: 'reservation'; entityId: string };

/**
 * Logs a staff member's read; an owner reading their own document is not logged.
 * Only ids and the version go into the row: the log must not become a copy of the data it guards.
 */
export async function auditStaffRead(db: DbOrTx, actor: Actor, read: StaffRead): Promise<void> {
  if (!isStaff(actor.role)) return;
  await writeAudit(db, actor, {
    action: read.action,
    entityType: read.entityType,
    entityId: read.entityId,
    after: 'version' in read ? { version: read.version } : null,
  });
}

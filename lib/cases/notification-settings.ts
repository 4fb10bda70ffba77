import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cases } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import { updateNotificationSettings } from './holder';

/**
 * The holder changes which channels get the case's notices; audited, since it decides
 * whether the office's notices reach the person. `account` is the signed-in account that
 * linked the case, null for a session opened with the case number and password.
 * Only the flags go into the log, never the addresses they point to.
 */
export async function changeNotificationSettings(db: Db, account: Actor | null, caseId: string, settings: { sms: boolean; email: boolean }): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ sms: cases.notifySms, email: cases.notifyEmail }).from(cases).where(eq(cases.id, caseId)).for('update');
    if (!before) return;
    await updateNotificationSettings(tx, caseId, settings);
    await writeAudit(tx, account, {
      action: 'case.notification_settings',
      entityType: 'case',
      entityId: caseId,
      before,
      after: { sms: settings.sms, email: settings.email, via: account ? 'account' : 'case_password' },
    });
  });
}

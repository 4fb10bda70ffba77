import 'server-only';
import { and, desc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { notificationOutbox, type Case } from '@/db/schema';
import { sendMail } from './mailer';
import { smsProvider, type SmsProvider } from './sms';
import { type NoticeKind } from './case-notice';
import { renderNotice } from './render';

export const MAX_ATTEMPTS = 6;
// A claim older than this belongs to a worker that died mid-send; the row is taken again.
const STALE_CLAIM_SECONDS = 300;

/** Call in the transaction that makes the change: the notice exists exactly when the change does. */
export async function enqueueCaseNotice(tx: DbOrTx, c: Pick<Case, 'id' | 'locale' | 'notifyConsent' | 'notifyEmail' | 'notifySms' | 'contactEmail' | 'contactPhone'>, kind: NoticeKind) {
  if (!c.notifyConsent) return;
  const rows = [
    ...(c.notifyEmail && c.contactEmail ? [{ channel: 'email' as const, recipient: c.contactEmail }] : []),
    ...(c.notifySms && c.contactPhone ? [{ channel: 'sms' as const, recipient: c.contactPhone }] : []),
  ];
  if (rows.length) await tx.insert(notificationOutbox).values(rows.map((r) => ({ ...r, caseId: c.id, locale: c.locale, kind })));
}

/** Back-off after the n-th failed attempt: 1, 2, 4, 8, 16 minutes. */
export const retryDelaySeconds = (attempts: number) => 60 * 2 ** Math.max(0, attempts - 1);

/**
 * Claims due rows with FOR UPDATE SKIP LOCKED, so several workers (in several
 * instances) never take the same row.
 */
export async function claimDue(db: Db, limit = 20) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: notificationOutbox.id })
      .from(notificationOutbox)
      .where(
        or(
          and(eq(notificationOutbox.status, 'pending'), lte(notificationOutbox.nextAttemptAt, sql`now()`)),
          and(eq(notificationOutbox.status, 'sending'), lte(notificationOutbox.claimedAt, sql`now() - make_interval(secs => ${STALE_CLAIM_SECONDS})`)),
        ),
      )
      .orderBy(notificationOutbox.id)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(notificationOutbox)
      .set({ status: 'sending', claimedAt: sql`now()`, attempts: sql`${notificationOutbox.attempts} + 1` })
      .where(inArray(notificationOutbox.id, due.map((d) => d.id)))
      .returning();
  });
}

type Row = typeof notificationOutbox.$inferSelect;

async function deliver(db: Db, row: Row, sms: SmsProvider) {
  const { subject, text, attachments } = await renderNotice(db, row);
  if (row.channel === 'email') await sendMail({ to: row.recipient, subject, text, attachments });
  else await sms.send(row.recipient, text);
}

/** One pass of the worker: claim, send, record. Returns how many were sent and how many failed. */
export async function processOutbox(db: Db, sms: SmsProvider = smsProvider()): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const row of await claimDue(db)) {
    try {
      await deliver(db, row, sms);
      await db.update(notificationOutbox).set({ status: 'sent', sentAt: sql`now()`, lastError: null }).where(eq(notificationOutbox.id, row.id));
      sent++;
    } catch (e) {
      failed++;
      const last = row.attempts >= MAX_ATTEMPTS;
      await db
        .update(notificationOutbox)
        .set({
          status: last ? 'failed' : 'pending',
          lastError: (e instanceof Error ? e.message : String(e)).slice(0, 500),
          nextAttemptAt: sql`now() + make_interval(secs => ${retryDelaySeconds(row.attempts)})`,
        })
        .where(eq(notificationOutbox.id, row.id));
    }
  }
  return { sent, failed };
}

export async function listOutboxNotices(db: DbOrTx, status?: Row['status'], limit = 100) {
  return db
    .select()
    .from(notificationOutbox)
    .where(status ? eq(notificationOutbox.status, status) : undefined)
    .orderBy(desc(notificationOutbox.id))
    .limit(limit);
}

/** Staff resend: a failed (or stuck) notice goes back to the queue with a fresh attempt budget. */
export async function resendNotice(db: DbOrTx, id: number): Promise<boolean> {
  const rows = await db
    .update(notificationOutbox)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()`, lastError: null })
    .where(and(eq(notificationOutbox.id, id), inArray(notificationOutbox.status, ['failed', 'pending'])))
    .returning({ id: notificationOutbox.id });
  return rows.length > 0;
}

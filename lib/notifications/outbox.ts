import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '@/db/client';
import { notificationOutbox, type Case } from '@/db/schema';
import { config } from '@/lib/config';
import { log } from '@/lib/log';
import { SEND_DEADLINE_MS, sendMail } from './mailer';
import { smsProvider, type SmsProvider } from './sms';
import { type NoticeKind } from './case-notice';
import { renderNotice } from './render';
import { NoticeUndeliverable } from './undeliverable';

/** Attempts in the growing back-off (1, 2, 4, 8, 16 minutes); after them the last interval repeats until OUTBOX_RETRY_HOURS. */
export const MAX_ATTEMPTS = 6;
/**
 * A lease older than this belongs to a worker that died mid-send; the row is
 * leased again. It must outlast the longest send (the mailer's hard deadline,
 * which also bounds every SMTP timeout), or a live worker's notice would be
 * sent a second time by another one.
 */
export const STALE_CLAIM_SECONDS = 15 * 60;
if (STALE_CLAIM_SECONDS * 1000 <= SEND_DEADLINE_MS) throw new Error('The outbox lease must outlast the SMTP send deadline');

/** How many rows one pass takes, one lease at a time, so that a pass ends and the worker's other jobs run. */
const PASS_LIMIT = 20;

/**
 * Call in the transaction that makes the change: the notice exists exactly when
 * the change does. It waits CASE_NOTICE_HOLD_SECONDS before it goes out, and
 * further changes to the case in that time join it (as "your case was
 * updated") instead of each sending its own: a clerk's sitting is one notice.
 */
export async function enqueueCaseNotice(tx: DbOrTx, c: Pick<Case, 'id' | 'locale' | 'notifyConsent' | 'notifyEmail' | 'notifySms' | 'contactEmail' | 'contactPhone'>, kind: NoticeKind) {
  if (!c.notifyConsent) return;
  const rows = [
    ...(c.notifyEmail && c.contactEmail ? [{ channel: 'email' as const, recipient: c.contactEmail }] : []),
    ...(c.notifySms && c.contactPhone ? [{ channel: 'sms' as const, recipient: c.contactPhone }] : []),
  ];
  const hold = config().CASE_NOTICE_HOLD_SECONDS;
  for (const r of rows) {
    const [waiting] = await tx
      .select({ id: notificationOutbox.id, kind: notificationOutbox.kind })
      .from(notificationOutbox)
      .where(
        and(
          eq(notificationOutbox.caseId, c.id),
          eq(notificationOutbox.channel, r.channel),
          eq(notificationOutbox.recipient, r.recipient),
          eq(notificationOutbox.status, 'pending'),
          eq(notificationOutbox.attempts, 0),
          // Still held: a row already due may be in a worker's hands at any moment.
          sql`${notificationOutbox.nextAttemptAt} > now()`,
        ),
      )
      .for('update');
    if (waiting) {
      if (waiting.kind !== kind) await tx.update(notificationOutbox).set({ kind: 'case_updated' }).where(eq(notificationOutbox.id, waiting.id));
      continue;
    }
    await tx.insert(notificationOutbox).values({ ...r, caseId: c.id, locale: c.locale, kind, nextAttemptAt: sql`now() + make_interval(secs => ${hold})` });
  }
}

/** Back-off after the n-th failed attempt: 1, 2, 4, 8, 16 minutes, then 16 minutes again and again. */
export const retryDelaySeconds = (attempts: number) => 60 * 2 ** Math.min(MAX_ATTEMPTS - 2, Math.max(0, attempts - 1));

type Row = typeof notificationOutbox.$inferSelect;
export type Lease = { row: Row; leaseId: string };

/**
 * Leases the next due row (or one whose lease went stale) with FOR UPDATE SKIP
 * LOCKED, so several workers in several instances never take the same row at
 * once; the fresh lease id says who may finish it.
 */
export async function leaseNext(db: Db): Promise<Lease | null> {
  const leaseId = randomUUID();
  const row = await db.transaction(async (tx) => {
    const [due] = await tx
      .select({ id: notificationOutbox.id })
      .from(notificationOutbox)
      .where(
        or(
          and(eq(notificationOutbox.status, 'pending'), lte(notificationOutbox.nextAttemptAt, sql`now()`)),
          and(eq(notificationOutbox.status, 'sending'), lte(notificationOutbox.claimedAt, sql`now() - make_interval(secs => ${STALE_CLAIM_SECONDS})`)),
        ),
      )
      .orderBy(notificationOutbox.id)
      .limit(1)
      .for('update', { skipLocked: true });
    if (!due) return null;
    const [leased] = await tx
      .update(notificationOutbox)
      .set({ status: 'sending', claimedAt: sql`now()`, leaseId, attempts: sql`${notificationOutbox.attempts} + 1` })
      .where(eq(notificationOutbox.id, due.id))
      .returning();
    return leased ?? null;
  });
  return row ? { row, leaseId } : null;
}

/**
 * Writes the outcome only while the lease is still ours. False: another
 * worker has leased the row since (ours went stale), and its outcome stands.
 */
async function finishLease(db: Db, { row, leaseId }: Lease, set: PgUpdateSetSource<typeof notificationOutbox>): Promise<boolean> {
  const done = await db
    .update(notificationOutbox)
    .set(set)
    .where(and(eq(notificationOutbox.id, row.id), eq(notificationOutbox.leaseId, leaseId), eq(notificationOutbox.status, 'sending')))
    .returning({ id: notificationOutbox.id });
  if (!done.length) log.warn(`Outbox lease lost for notice ${row.id} (${row.kind}): another worker leased it, this outcome is not recorded`);
  return done.length > 0;
}

export const markSent = (db: Db, lease: Lease) => finishLease(db, lease, { status: 'sent', sentAt: sql`now()`, lastError: null });

/**
 * After a failed attempt the row waits for its back-off; it is given up
 * ('failed') only once the back-off is spent and the row is older than
 * OUTBOX_RETRY_HOURS, so an outage of a few hours loses nothing. A staff resend
 * restarts the back-off, so a resent old notice gets its six attempts again.
 */
export function markAttemptFailed(db: Db, lease: Lease, error: string) {
  const hours = config().OUTBOX_RETRY_HOURS;
  const giveUp = sql`${lease.row.attempts} >= ${MAX_ATTEMPTS} and ${notificationOutbox.createdAt} < now() - make_interval(hours => ${hours})`;
  return finishLease(db, lease, {
    status: sql`case when ${giveUp} then 'failed' else 'pending' end::notification_status`,
    lastError: error.slice(0, 500),
    nextAttemptAt: sql`now() + make_interval(secs => ${retryDelaySeconds(lease.row.attempts)})`,
  });
}

async function deliver(db: Db, row: Row, sms: SmsProvider) {
  const { subject, text, attachments } = await renderNotice(db, row);
  if (row.channel === 'email') await sendMail({ to: row.recipient, subject, text, attachments });
  else await sms.send(row.recipient, text);
}

/**
 * One pass of the worker: lease one row, send it, record the outcome under
 * that lease; again, up to PASS_LIMIT rows. Returns how many were sent and how
 * many attempts failed (an outcome lost with its lease counts as neither).
 */
export async function processOutbox(db: Db, sms: SmsProvider = smsProvider()): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < PASS_LIMIT; i++) {
    const lease = await leaseNext(db);
    if (!lease) break;
    try {
      await deliver(db, lease.row, sms);
    } catch (e) {
      const recorded =
        e instanceof NoticeUndeliverable
          ? // Nothing to retry: the addressee is gone or changed. Kept, visible to staff, never sent.
            await finishLease(db, lease, { status: 'failed', lastError: e.code, nextAttemptAt: sql`now()` })
          : await markAttemptFailed(db, lease, e instanceof Error ? e.message : String(e));
      if (recorded) failed++;
      continue;
    }
    if (await markSent(db, lease)) sent++;
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

/**
 * Staff resend: a failed (or waiting) notice goes back to the queue with a
 * fresh back-off. Not one whose recipient retention has erased: there is no one to send it to.
 */
export async function resendNotice(db: DbOrTx, id: number): Promise<boolean> {
  const rows = await db
    .update(notificationOutbox)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()`, lastError: null })
    .where(and(eq(notificationOutbox.id, id), inArray(notificationOutbox.status, ['failed', 'pending']), ne(notificationOutbox.recipient, '')))
    .returning({ id: notificationOutbox.id });
  return rows.length > 0;
}

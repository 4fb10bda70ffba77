import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { notificationOutbox, users } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { accountLinkMail, registerAttemptMail } from '@/lib/auth/emails';
import { issueEmailToken } from '@/lib/auth/tokens';
import type { OutboxRow, RenderedNotice } from './render';
import { NoticeUndeliverable } from './undeliverable';
import { isUuid } from '@/lib/zod';

export type AccountMailKind = 'verify_email' | 'reset_password' | 'staff_invite' | 'register_attempt';
type AccountNoticeKind = `account_${AccountMailKind}`;

/** A staff invitation's link: a week, because staff accounts are often created before the first working day (as lib/auth/accounts.ts). */
export const STAFF_INVITE_TTL_SECONDS = 7 * 24 * 3600;

/**
 * Queues an account e-mail in the caller's transaction, so that it is sent
 * even if SMTP is down now, and never for an account that rolled back. The row
 * holds no token: the link is made when the mail is delivered. A mail of the
 * same kind to the same person still waiting is enough (a second one's link
 * would cancel the first's anyway).
 */
export async function enqueueAccountMail(tx: DbOrTx, mail: { kind: AccountMailKind; userId: string; to: string; locale: Locale }): Promise<void> {
  const kind: AccountNoticeKind = `account_${mail.kind}`;
  const [waiting] = await tx
    .select({ id: notificationOutbox.id })
    .from(notificationOutbox)
    .where(
      and(eq(notificationOutbox.ref, mail.userId), eq(notificationOutbox.kind, kind), eq(notificationOutbox.recipient, mail.to), eq(notificationOutbox.status, 'pending')),
    );
  if (waiting) return;
  await tx.insert(notificationOutbox).values({ channel: 'email', recipient: mail.to, locale: mail.locale, kind, ref: mail.userId });
}


/**
 * Builds an account e-mail at delivery: the token is issued now (only its hash
 * is stored, in email_tokens), so a leaked outbox gives no usable link, and a
 * retried mail carries a link that is still fresh. The account must still
 * exist under the address the row was queued for; otherwise nothing is sent.
 */
export async function renderAccountMail(db: Db, row: OutboxRow): Promise<RenderedNotice> {
  const [user] = isUuid(row.ref) ? await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, row.ref)) : [];
  if (!user || user.email.toLowerCase() !== row.recipient.toLowerCase()) throw new NoticeUndeliverable('recipient_gone');
  const mail = await accountMail(db, row.kind as AccountNoticeKind, user.id, row);
  return { subject: mail.subject, text: mail.text };
}

async function accountMail(db: Db, kind: AccountNoticeKind, userId: string, row: OutboxRow) {
  switch (kind) {
    case 'account_verify_email':
      return accountLinkMail('verifyEmail', row.recipient, row.locale, await issueEmailToken(db, userId, 'verify_email'));
    case 'account_reset_password':
      return accountLinkMail('resetPassword', row.recipient, row.locale, await issueEmailToken(db, userId, 'reset_password'));
    case 'account_staff_invite':
      // The invitation sets the first password through the reset page, as lib/auth/accounts.ts issues it.
      return accountLinkMail('staffInvite', row.recipient, row.locale, await issueEmailToken(db, userId, 'reset_password', STAFF_INVITE_TTL_SECONDS));
    case 'account_register_attempt':
      return registerAttemptMail(row.recipient, row.locale);
    default:
      throw new Error(`Not an account mail: ${row.kind as string}`);
  }
}

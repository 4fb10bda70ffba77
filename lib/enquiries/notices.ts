import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { enquiries, notificationOutbox } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { config } from '@/lib/config';
import { translatorFor } from '@/lib/i18n/translator';
import type { OutboxRow, RenderedNotice } from '@/lib/notifications/render';
import { issueEnquiryToken } from './tokens';

export type EnquiryNoticeKind = 'enquiry_confirm_email' | 'enquiry_received' | 'enquiry_reply';

/**
 * Queues an e-mail to the sender in the transaction that makes the change. A
 * notice of the same kind still waiting is enough: two replies in a row give
 * one "a reply is waiting" e-mail.
 */
export async function enqueueEnquiryNotice(tx: DbOrTx, e: { id: string; email: string; locale: Locale }, kind: EnquiryNoticeKind) {
  const [waiting] = await tx
    .select({ id: notificationOutbox.id })
    .from(notificationOutbox)
    .where(and(eq(notificationOutbox.ref, e.id), eq(notificationOutbox.kind, kind), eq(notificationOutbox.status, 'pending')));
  if (waiting) return;
  await tx.insert(notificationOutbox).values({ channel: 'email', recipient: e.email, locale: e.locale, kind, ref: e.id });
}

const MESSAGE_KEYS: Record<EnquiryNoticeKind, 'confirm' | 'received' | 'reply'> = {
  enquiry_confirm_email: 'confirm',
  enquiry_received: 'received',
  enquiry_reply: 'reply',
};

/**
 * The text of an enquiry e-mail, built at delivery time in the sender's
 * language. It says only that something is waiting and carries a fresh link
 * (the outbox never holds a secret); no reply text, no personal data.
 */
export async function renderEnquiryNotice(db: Db, row: OutboxRow): Promise<RenderedNotice> {
  const [e] = row.ref && /^[0-9a-f-]{36}$/.test(row.ref) ? await db.select({ id: enquiries.id }).from(enquiries).where(eq(enquiries.id, row.ref)) : [];
  // Thrown, the row stays in the outbox as failed, visible to admins.
  if (!e) throw new Error(`Enquiry ${row.ref} not found for notice ${row.id}`);
  const token = await issueEnquiryToken(db, e.id);
  const cfg = config();
  const link = `${cfg.appUrl}/${row.locale}/enquiries/view?token=${token}`;
  const t = translatorFor(row.locale);
  const key = MESSAGE_KEYS[row.kind as EnquiryNoticeKind];
  if (!key) throw new Error(`Not an enquiry notice: ${row.kind}`);
  return { subject: t(`enquiries.emails.${key}.subject`), text: t(`enquiries.emails.${key}.body`, { link, office: cfg.OFFICE_NAME }) };
}

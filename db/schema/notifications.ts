import { bigserial, index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { localeEnum } from './accounts';
import { cases } from './cases';

export const channelEnum = pgEnum('notification_channel', ['email', 'sms']);
export const notificationStatusEnum = pgEnum('notification_status', ['pending', 'sending', 'sent', 'failed']);
export const notificationKindEnum = pgEnum('notification_kind', [
  'stage_changed',
  'missing_document',
  'message',
  'reservation_confirmed',
  'reservation_moved',
  'reservation_cancelled',
  'enquiry_confirm_email',
  'enquiry_received',
  'enquiry_reply',
  // Account mails: the link's token is issued at delivery, so no usable token sits in the outbox.
  'account_verify_email',
  'account_reset_password',
  'account_staff_invite',
  'account_register_attempt',
  // Several changes to one case within the hold time, sent as one notice.
  'case_updated',
  // The applicant's own confirmation that an application was submitted (its code and what to do next).
  'application_submitted',
]);

/**
 * The notification outbox: rows are written in the transaction that makes the
 * change, and a worker delivers them, so a notice is never lost when the SMTP
 * server or the SMS gateway is down, and never sent for a change that rolled back.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    // The reservation or enquiry a notice is about (its id); case notices use caseId.
    ref: varchar('ref', { length: 64 }),
    channel: channelEnum('channel').notNull(),
    recipient: varchar('recipient', { length: 254 }).notNull(),
    locale: localeEnum('locale').notNull(),
    kind: notificationKindEnum('kind').notNull(),
    status: notificationStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    // A claim older than this is taken to be from a worker that died mid-send.
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    // Who holds the claim: only that worker may mark the row sent or failed.
    leaseId: uuid('lease_id'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('notification_outbox_due_idx').on(t.status, t.nextAttemptAt)],
);

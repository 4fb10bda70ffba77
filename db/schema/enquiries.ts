import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, date, index, integer, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { localeEnum, users } from './accounts';

export const enquiryKindEnum = pgEnum('enquiry_kind', ['enquiry', 'complaint', 'motion']);
// `unconfirmed`: the sender has not yet clicked the e-mailed link; staff never see such items.
export const enquiryStatusEnum = pgEnum('enquiry_status', ['unconfirmed', 'new', 'assigned', 'answered', 'closed', 'reopened']);
export const enquiryEntryKindEnum = pgEnum('enquiry_entry_kind', ['sender', 'reply', 'note']);

/** Reference numbers (Z-2026-000123) come from a per-year counter; a number is never reused. */
export const enquiryNumberCounters = pgTable('enquiry_number_counters', {
  year: smallint('year').primaryKey(),
  last: integer('last').notNull(),
});

/** An enquiry, complaint (skarga) or motion (wniosek) sent to the office; its messages are `enquiry_entries`. */
export const enquiries = pgTable(
  'enquiries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Given when the item reaches the office (on confirmation), so the register has no gaps for spam.
    number: varchar('number', { length: 20 }),
    kind: enquiryKindEnum('kind').notNull(),
    topic: varchar('topic', { length: 40 }).notNull(),
    // A case number or application code the sender named; `refVerified` when it belongs to the sender's account.
    caseRef: varchar('case_ref', { length: 30 }),
    refVerified: boolean('ref_verified').notNull().default(false),
    locale: localeEnum('locale').notNull(),
    email: varchar('email', { length: 254 }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    status: enquiryStatusEnum('status').notNull().default('unconfirmed'),
    assignedTo: uuid('assigned_to').references(() => users.id, { onDelete: 'set null' }),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    // Complaints and motions only: one month from receipt (art. 237 § 1 KPA), Warsaw date.
    deadline: date('deadline'),
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enquiries_number_key').on(t.number),
    index('enquiries_inbox_idx').on(t.status, t.receivedAt),
    index('enquiries_user_idx').on(t.userId),
    index('enquiries_assigned_idx').on(t.assignedTo),
  ],
);

/** The sender's messages, staff replies and internal notes (notes are never shown to the sender). */
export const enquiryEntries = pgTable(
  'enquiry_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    enquiryId: uuid('enquiry_id')
      .notNull()
      .references(() => enquiries.id, { onDelete: 'cascade' }),
    kind: enquiryEntryKindEnum('kind').notNull(),
    // Plain text, shown as text everywhere (never as HTML or Markdown).
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('enquiry_entries_enquiry_idx').on(t.enquiryId, t.id), check('enquiry_entries_body_length', sql`char_length(${t.body}) between 1 and 5000`)],
);

/**
 * Links to the sender's page. Each e-mail carries a fresh token made when it is
 * delivered; only its SHA-256 is stored, so neither this table nor the outbox
 * holds a usable link.
 */
export const enquiryTokens = pgTable(
  'enquiry_tokens',
  {
    tokenHash: varchar('token_hash', { length: 64 }).primaryKey(),
    enquiryId: uuid('enquiry_id')
      .notNull()
      .references(() => enquiries.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('enquiry_tokens_enquiry_idx').on(t.enquiryId)],
);

export type Enquiry = typeof enquiries.$inferSelect;
export type EnquiryKind = (typeof enquiryKindEnum.enumValues)[number];
export type EnquiryStatus = (typeof enquiryStatusEnum.enumValues)[number];

import { bigserial, boolean, date, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { localeEnum, users } from './accounts';
import { STAGES } from '../../lib/cases/stages';

export const stageEnum = pgEnum('case_stage', STAGES);

/** Case numbers are taken from a per-year counter and never reused, even if a registration rolls back later. */
export const caseNumberCounters = pgTable('case_number_counters', {
  year: smallint('year').primaryKey(),
  last: integer('last').notNull(),
});

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: varchar('number', { length: 30 }).notNull(),
    formNumber: smallint('form_number').notNull(),
    // Staff eyes only: never shown to the case holder or put in a notice.
    applicantName: varchar('applicant_name', { length: 300 }).notNull(),
    contactEmail: varchar('contact_email', { length: 254 }),
    contactPhone: varchar('contact_phone', { length: 20 }),
    notifyConsent: boolean('notify_consent').notNull().default(false),
    notifyEmail: boolean('notify_email').notNull().default(true),
    notifySms: boolean('notify_sms').notNull().default(true),
    locale: localeEnum('locale').notNull().default('pl'),
    stage: stageEnum('stage').notNull().default('registered'),
    // Only a slow hash: the password itself exists on the printed letter alone.
    passwordHash: text('password_hash').notNull(),
    passwordIssuedAt: timestamp('password_issued_at', { withTimezone: true }).notNull().defaultNow(),
    assignedTo: uuid('assigned_to').references(() => users.id, { onDelete: 'set null' }),
    applicationId: uuid('application_id'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    registeredBy: uuid('registered_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('cases_number_key').on(t.number), uniqueIndex('cases_application_key').on(t.applicationId), index('cases_stage_idx').on(t.stage), index('cases_assigned_idx').on(t.assignedTo)],
);

export const caseStageEvents = pgTable(
  'case_stage_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    stage: stageEnum('stage').notNull(),
    note: text('note'),
    // A summons' deadline for the party's answer (Warsaw calendar day); null for other stages.
    dueDate: date('due_date', { mode: 'string' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('case_stage_events_case_idx').on(t.caseId, t.at)],
);

export const caseMissingDocuments = pgTable(
  'case_missing_documents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    title: varchar('title', { length: 500 }).notNull(),
    // A document from lib/cases/standard-documents.ts, shown translated; null for the clerk's free text.
    kind: varchar('kind', { length: 40 }),
    remark: text('remark'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('case_missing_documents_case_idx').on(t.caseId)],
);

export const caseMessages = pgTable(
  'case_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('case_messages_case_idx').on(t.caseId, t.createdAt)],
);

/** Accounts that proved the case password once and now see the case among their own. */
export const caseAccountLinks = pgTable(
  'case_account_links',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);

export type Case = typeof cases.$inferSelect;

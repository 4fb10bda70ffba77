import { index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, timestamp, uniqueIndex, uuid, varchar, bigserial } from 'drizzle-orm/pg-core';
import { localeEnum, users } from './accounts';
import type { FormData } from '../../lib/forms/engine/types';

export const applicationStatusEnum = pgEnum('application_status', ['draft', 'submitted']);
export const comparisonOutcomeEnum = pgEnum('comparison_outcome', ['matching', 'differences']);

/** An application: a draft its owner edits, then submitted versions that never change. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    formNumber: smallint('form_number').notNull(),
    // Given at the first submission and kept by every later version.
    code: varchar('code', { length: 12 }),
    status: applicationStatusEnum('status').notNull().default('draft'),
    data: jsonb('data').$type<FormData>().notNull().default({}),
    currentVersion: integer('current_version').notNull().default(0),
    // The language the applicant fills in: printed in small type under the Polish labels.
    locale: localeEnum('locale').notNull().default('pl'),
    // An employer's annex (form 2) names the foreigner's application it belongs to.
    linkedCode: varchar('linked_code', { length: 12 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('applications_code_key').on(t.code), index('applications_owner_idx').on(t.ownerId)],
);

export const applicationVersions = pgTable(
  'application_versions',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    data: jsonb('data').$type<FormData>().notNull(),
    contentHash: varchar('content_hash', { length: 64 }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.version] })],
);

/** The clerk's check of the paper against one electronic version. */
export const applicationComparisons = pgTable(
  'application_comparisons',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    clerkId: uuid('clerk_id').references(() => users.id, { onDelete: 'set null' }),
    outcome: comparisonOutcomeEnum('outcome').notNull(),
    fields: jsonb('fields').$type<Record<string, { matches: boolean; note?: string }>>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_comparisons_app_idx').on(t.applicationId, t.version)],
);

export type Application = typeof applications.$inferSelect;

import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './accounts';

export const adminTaskStatusEnum = pgEnum('admin_task_status', ['running', 'done', 'failed']);

/**
 * A long admin action run in the background (re-planning the slots of every
 * location and service, …): the request that starts it returns at once, and
 * the admin watches `done` of `total` here, from any instance.
 */
export const adminTasks = pgTable(
  'admin_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: varchar('kind', { length: 40 }).notNull(),
    status: adminTaskStatusEnum('status').notNull().default('running'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    // What the task produced (counts, never personal data), shown when it ends.
    result: jsonb('result'),
    // An errors.* code, when it failed.
    error: varchar('error', { length: 60 }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Touched at each step: a running task not touched for a while lost its process.
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  // One task of a kind runs at a time: two re-plans at once would only wait for each other's locks.
  (t) => [index('admin_tasks_kind_idx').on(t.kind, t.createdAt), uniqueIndex('admin_tasks_one_running_idx').on(t.kind).where(sql`status = 'running'`)],
);

export type AdminTask = typeof adminTasks.$inferSelect;

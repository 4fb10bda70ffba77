import { integer, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * Counters for rate limits and lockouts. Kept in the database so that a
 * restart or a second instance does not reset an attacker's budget.
 */
export const rateLimits = pgTable('rate_limits', {
  key: varchar('key', { length: 300 }).primaryKey(),
  count: integer('count').notNull().default(0),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/**
 * Proof-of-work solutions already spent. A solution is accepted once; the row
 * can be deleted after `expiresAt`, when the challenge itself is no longer valid.
 */
export const powSpent = pgTable('pow_spent', {
  signature: varchar('signature', { length: 64 }).primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

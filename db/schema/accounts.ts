import { boolean, integer, pgEnum, pgTable, text, timestamp, uuid, index, uniqueIndex, varchar } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['applicant', 'employer', 'clerk', 'reception', 'admin']);
export const localeEnum = pgEnum('locale', ['pl', 'en', 'ru', 'uk']);
export const tokenPurposeEnum = pgEnum('token_purpose', ['verify_email', 'reset_password']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored lower-cased so that "Anna@x.pl" and "anna@x.pl" are one account.
    email: varchar('email', { length: 254 }).notNull(),
    passwordHash: text('password_hash'),
    role: roleEnum('role').notNull(),
    displayName: varchar('display_name', { length: 200 }),
    companyName: varchar('company_name', { length: 300 }),
    nip: varchar('nip', { length: 10 }),
    locale: localeEnum('locale').notNull().default('pl'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    // A disabled account signs in nowhere and its open sessions end at their next request.
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    // Carried in the session token; raising it (password change or reset, role change, disabling) ends every session.
    sessionVersion: integer('session_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), index('users_role_idx').on(t.role)],
);

export const emailTokens = pgTable(
  'email_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: tokenPurposeEnum('purpose').notNull(),
    // Only the SHA-256 of the token is kept: a leaked table gives no usable links.
    tokenHash: varchar('token_hash', { length: 64 }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('email_tokens_hash_key').on(t.tokenHash), index('email_tokens_user_idx').on(t.userId, t.purpose)],
);

/**
 * Sign-in through an external OpenID Connect provider (Keycloak, the national
 * trusted profile behind it). A subject is unique only within its issuer
 * (OpenID Connect Core §2), so the pair identifies the person.
 */
export const userIdentities = pgTable(
  'user_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    issuer: varchar('issuer', { length: 500 }).notNull(),
    subject: varchar('subject', { length: 255 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    // Linked while the account's e-mail was unproven: Pobyt's own verification or a password reset drops it.
    linkedUnverified: boolean('linked_unverified').notNull().default(false),
  },
  (t) => [uniqueIndex('user_identities_issuer_subject_key').on(t.issuer, t.subject), index('user_identities_user_idx').on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];

import { customType, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { localeEnum, users } from './accounts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Search configuration per locale: PostgreSQL has no Polish or Ukrainian
 * stemmer, so those use `simple` (which lower-cases Cyrillic and Polish
 * letters) with prefix matching; Russian and English use their Snowball stemmers.
 */
export const searchConfigSql = (locale: unknown) =>
  sql`(case ${locale} when 'ru' then 'russian'::regconfig when 'en' then 'english'::regconfig else 'simple'::regconfig end)`;

/** Information-panel pages, one row per slug and locale; seeded from content/<locale>/<slug>.md. */
export const contentPages = pgTable(
  'content_pages',
  {
    id: serial('id').primaryKey(),
    slug: varchar('slug', { length: 120 }).notNull(),
    locale: localeEnum('locale').notNull(),
    title: varchar('title', { length: 300 }).notNull(),
    description: varchar('description', { length: 500 }).notNull(),
    body: text('body').notNull(),
    // Markdown stripped to text: what search indexes and highlights.
    plainText: text('plain_text').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    search: tsvector('search').generatedAlwaysAs(
      (): ReturnType<typeof sql> =>
        sql`setweight(to_tsvector(${searchConfigSql(sql`locale`)}, coalesce(title, '')), 'A') || setweight(to_tsvector(${searchConfigSql(sql`locale`)}, coalesce(description, '')), 'B') || setweight(to_tsvector(${searchConfigSql(sql`locale`)}, coalesce(plain_text, '')), 'C')`,
    ),
  },
  (t) => [uniqueIndex('content_pages_slug_locale_key').on(t.slug, t.locale), index('content_pages_search_idx').using('gin', t.search)],
);

/** Every saved version of a page, the current one included, so any can be restored. */
export const contentVersions = pgTable(
  'content_versions',
  {
    id: serial('id').primaryKey(),
    pageId: integer('page_id')
      .notNull()
      .references(() => contentPages.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: varchar('title', { length: 300 }).notNull(),
    description: varchar('description', { length: 500 }).notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('content_versions_page_version_key').on(t.pageId, t.version)],
);

export type AnnouncementTexts = Partial<Record<'pl' | 'en' | 'ru' | 'uk', { title: string; body: string }>> & {
  pl: { title: string; body: string };
};

/** Office announcements shown on the home page between their dates. */
export const announcements = pgTable(
  'announcements',
  {
    id: serial('id').primaryKey(),
    texts: jsonb('texts').$type<AnnouncementTexts>().notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('announcements_valid_idx').on(t.validFrom, t.validTo)],
);

export type ContentPage = typeof contentPages.$inferSelect;

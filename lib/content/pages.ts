import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { contentPages, contentVersions, users, type ContentPage } from '@/db/schema';
import { routing, type Locale } from '@/i18n/routing';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import type { ActionResult } from '@/lib/actions/result';
import { parseContentFile } from './front-matter';
import { markdownToPlainText } from './markdown';

const CONTENT_ROOT = path.join(process.cwd(), 'content');

async function markdownFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? markdownFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : Promise.resolve(e.name.endsWith('.md') ? [`${prefix}${e.name.slice(0, -3)}`] : []),
    ),
  );
  return nested.flat();
}

/** Every slug in the repository's content folder for a locale. */
export async function contentSlugs(locale: Locale, root = CONTENT_ROOT): Promise<string[]> {
  return (await markdownFiles(path.join(/*turbopackIgnore: true*/ root, locale))).sort();
}

/**
 * Loads content/<locale>/**.md into the database. Pages already there are left
 * alone: after the first seed, the office's edits are the truth.
 */
export async function seedContentFromFiles(db: Db, root = CONTENT_ROOT): Promise<number> {
  let created = 0;
  for (const locale of routing.locales) {
    for (const slug of await contentSlugs(locale, root)) {
      const file = parseContentFile(await fs.readFile(path.join(root, locale, `${slug}.md`), 'utf8'), `content/${locale}/${slug}.md`);
      await db.transaction(async (tx) => {
        const [page] = await tx
          .insert(contentPages)
          .values({ slug, locale, title: file.title, description: file.description, body: file.body, plainText: markdownToPlainText(file.body) })
          .onConflictDoNothing()
          .returning();
        if (!page) return;
        await tx.insert(contentVersions).values({ pageId: page.id, version: 1, title: page.title, description: page.description, body: page.body });
        created++;
      });
    }
  }
  return created;
}

export async function getPage(db: DbOrTx, locale: Locale, slug: string): Promise<ContentPage | null> {
  const [page] = await db.select().from(contentPages).where(and(eq(contentPages.slug, slug), eq(contentPages.locale, locale)));
  return page ?? null;
}

export type PageWithFallback = { page: ContentPage; fallback: boolean };

/** The page in the reader's language, else the Polish one marked as a fallback. */
export async function getPageWithFallback(db: DbOrTx, locale: Locale, slug: string): Promise<PageWithFallback | null> {
  const own = await getPage(db, locale, slug);
  if (own) return { page: own, fallback: false };
  const polish = locale === routing.defaultLocale ? null : await getPage(db, routing.defaultLocale, slug);
  return polish ? { page: polish, fallback: true } : null;
}

/** Titles and descriptions of the pages under a prefix (`services/`), in the reader's language where present. */
export async function listSection(db: DbOrTx, locale: Locale, prefix: string) {
  const rows = await db
    .select({ slug: contentPages.slug, locale: contentPages.locale, title: contentPages.title, description: contentPages.description })
    .from(contentPages)
    .where(sql`${contentPages.slug} like ${`${prefix}%`} and ${contentPages.locale} in (${locale}, ${routing.defaultLocale})`)
    .orderBy(asc(contentPages.slug));
  const bySlug = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!bySlug.has(r.slug) || r.locale === locale) bySlug.set(r.slug, r);
  return [...bySlug.values()].map((r) => ({ ...r, fallback: r.locale !== locale }));
}

export async function listAllPages(db: DbOrTx) {
  return db
    .select({ id: contentPages.id, slug: contentPages.slug, locale: contentPages.locale, title: contentPages.title, version: contentPages.version, updatedAt: contentPages.updatedAt })
    .from(contentPages)
    .orderBy(asc(contentPages.slug), asc(contentPages.locale));
}

export async function listVersions(db: DbOrTx, pageId: number) {
  return db
    .select({ version: contentVersions.version, title: contentVersions.title, createdAt: contentVersions.createdAt, author: users.email })
    .from(contentVersions)
    .leftJoin(users, eq(users.id, contentVersions.authorId))
    .where(eq(contentVersions.pageId, pageId))
    .orderBy(desc(contentVersions.version));
}

export type PageEdit = { slug: string; locale: Locale; title: string; description: string; body: string; baseVersion: number };

/**
 * Saves a new version. `baseVersion` is the version the editor started from:
 * if someone saved in between, the save is refused instead of overwriting
 * their work. A page missing in a locale is created by its first save.
 */
export async function savePage(db: Db, actor: Actor, edit: PageEdit): Promise<ActionResult<{ version: number }>> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(contentPages)
      .where(and(eq(contentPages.slug, edit.slug), eq(contentPages.locale, edit.locale)))
      .for('update');
    const known = await tx.select({ id: contentPages.id }).from(contentPages).where(eq(contentPages.slug, edit.slug)).limit(1);
    if (!current && known.length === 0) return { ok: false, formError: 'content_unknown_page' };
    if ((current?.version ?? 0) !== edit.baseVersion) return { ok: false, formError: 'content_conflict' };
    const version = (current?.version ?? 0) + 1;
    const values = {
      title: edit.title,
      description: edit.description,
      body: edit.body,
      plainText: markdownToPlainText(edit.body),
      version,
      updatedAt: sql`now()`,
      updatedBy: actor.id,
    };
    const [page] = current
      ? await tx.update(contentPages).set(values).where(eq(contentPages.id, current.id)).returning()
      : await tx.insert(contentPages).values({ slug: edit.slug, locale: edit.locale, ...values }).returning();
    await tx.insert(contentVersions).values({ pageId: page!.id, version, title: edit.title, description: edit.description, body: edit.body, authorId: actor.id });
    await writeAudit(tx, actor, {
      action: 'content.save',
      entityType: 'content_page',
      entityId: `${edit.locale}/${edit.slug}`,
      before: current ? { version: current.version, title: current.title } : null,
      after: { version, title: edit.title },
    });
    return { ok: true, version };
  });
}

/** Restoring makes the old text the newest version; nothing in the history is lost. */
export async function restoreVersion(db: Db, actor: Actor, slug: string, locale: Locale, version: number): Promise<ActionResult<{ version: number }>> {
  const page = await getPage(db, locale, slug);
  if (!page) return { ok: false, formError: 'content_unknown_page' };
  const [old] = await db
    .select()
    .from(contentVersions)
    .where(and(eq(contentVersions.pageId, page.id), eq(contentVersions.version, version)));
  if (!old) return { ok: false, formError: 'content_unknown_version' };
  return savePage(db, actor, { slug, locale, title: old.title, description: old.description, body: old.body, baseVersion: page.version });
}

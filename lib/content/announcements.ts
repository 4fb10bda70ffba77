import 'server-only';
import { and, desc, gt, lte, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { announcements, type AnnouncementTexts } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import type { ActionResult } from '@/lib/actions/result';

export type ShownAnnouncement = { id: number; title: string; body: string; validTo: string; fallback: boolean };

/** Announcements valid at `at`, in the reader's language or else in Polish. */
export async function currentAnnouncements(db: DbOrTx, locale: Locale, at: Date = new Date()): Promise<ShownAnnouncement[]> {
  const rows = await db
    .select()
    .from(announcements)
    .where(and(lte(announcements.validFrom, at), gt(announcements.validTo, at)))
    .orderBy(desc(announcements.validFrom));
  return rows.map((r) => {
    const own = r.texts[locale];
    const text = own ?? r.texts.pl;
    return { id: r.id, title: text.title, body: text.body, validTo: r.validTo.toISOString(), fallback: !own };
  });
}

export type AnnouncementState = 'active' | 'scheduled' | 'ended';

/** All announcements, newest first, with their state at the database's clock. */
export async function listAnnouncements(db: DbOrTx) {
  return db
    .select({
      id: announcements.id,
      texts: announcements.texts,
      validFrom: announcements.validFrom,
      validTo: announcements.validTo,
      state: sql<AnnouncementState>`case when ${announcements.validFrom} > now() then 'scheduled' when ${announcements.validTo} <= now() then 'ended' else 'active' end`,
    })
    .from(announcements)
    .orderBy(desc(announcements.validFrom))
    .limit(100);
}

export async function createAnnouncement(
  db: Db,
  actor: Actor,
  input: { texts: AnnouncementTexts; validFrom: Date; validTo: Date },
): Promise<ActionResult<{ id: number }>> {
  if (input.validTo <= input.validFrom) return { ok: false, fieldErrors: { validTo: 'date_range_order' } };
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(announcements).values({ ...input, createdBy: actor.id }).returning({ id: announcements.id });
    await writeAudit(tx, actor, { action: 'announcement.create', entityType: 'announcement', entityId: String(row!.id), after: input });
    return { ok: true, id: row!.id };
  });
}

/** Ends an announcement now; the record stays for the history. */
export async function endAnnouncement(db: Db, actor: Actor, id: number): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(announcements)
      .set({ validTo: sql`least(${announcements.validTo}, now())` })
      .where(sql`${announcements.id} = ${id}`)
      .returning({ id: announcements.id });
    if (!ended.length) return { ok: false, formError: 'not_found' };
    await writeAudit(tx, actor, { action: 'announcement.end', entityType: 'announcement', entityId: String(id) });
    return { ok: true };
  });
}

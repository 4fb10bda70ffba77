import 'server-only';
import { aliasedTable, and, asc, count, desc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '@/db/client';
import { enquiries, enquiryEntries, users, type EnquiryKind, type EnquiryStatus } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import type { ActionResult } from '@/lib/actions/result';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/audit';
import { warsawDate } from '@/lib/calendar/dates';
import { isOverdue } from './deadline';
import { enqueueEnquiryNotice } from './notices';

export const INBOX_PAGE_SIZE = 25;
/** Who handles enquiries: clerks and admins. */
export const ENQUIRY_STAFF = ['clerk', 'admin'] as const;

export type InboxFilter = {
  kind?: EnquiryKind;
  topic?: string;
  status?: Exclude<EnquiryStatus, 'unconfirmed'>;
  locale?: Locale;
  assignedTo?: string | 'none';
  overdue?: boolean;
};

// Staff never see an item whose sender has not confirmed the address.
const visible = ne(enquiries.status, 'unconfirmed');

function inboxWhere(f: InboxFilter, today: string): SQL {
  const where: SQL[] = [visible];
  if (f.kind) where.push(eq(enquiries.kind, f.kind));
  if (f.topic) where.push(eq(enquiries.topic, f.topic));
  if (f.status) where.push(eq(enquiries.status, f.status));
  if (f.locale) where.push(eq(enquiries.locale, f.locale));
  if (f.assignedTo === 'none') where.push(isNull(enquiries.assignedTo));
  else if (f.assignedTo) where.push(eq(enquiries.assignedTo, f.assignedTo));
  // The same rule as isOverdue(), in SQL so that paging counts right.
  if (f.overdue) where.push(sql`${enquiries.deadline} < ${today} and ${enquiries.firstAnsweredAt} is null and ${enquiries.status} <> 'closed'`);
  return and(...where)!;
}

/** The staff inbox, newest receipts first. */
export async function listEnquiries(db: DbOrTx, filter: InboxFilter, page = 1, now: Date = new Date()) {
  const today = warsawDate(now);
  const where = inboxWhere(filter, today);
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select({
        id: enquiries.id,
        number: enquiries.number,
        kind: enquiries.kind,
        topic: enquiries.topic,
        status: enquiries.status,
        locale: enquiries.locale,
        receivedAt: enquiries.receivedAt,
        deadline: enquiries.deadline,
        firstAnsweredAt: enquiries.firstAnsweredAt,
        assignee: users.email,
      })
      .from(enquiries)
      .leftJoin(users, eq(users.id, enquiries.assignedTo))
      .where(where)
      .orderBy(desc(enquiries.receivedAt), desc(enquiries.number))
      .limit(INBOX_PAGE_SIZE)
      .offset((page - 1) * INBOX_PAGE_SIZE),
    db.select({ total: count() }).from(enquiries).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r, overdue: isOverdue(r, today) })), total };
}

/** Everything staff see of one item: the sender's address, every message, reply and internal note, with authors. */
export async function getStaffEnquiry(db: DbOrTx, id: string, now: Date = new Date()) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const assignee = aliasedTable(users, 'assignee');
  const [e] = await db
    .select({ enquiry: enquiries, assigneeEmail: assignee.email })
    .from(enquiries)
    .leftJoin(assignee, eq(assignee.id, enquiries.assignedTo))
    .where(and(eq(enquiries.id, id), visible));
  if (!e) return null;
  const entries = await db
    .select({ id: enquiryEntries.id, kind: enquiryEntries.kind, body: enquiryEntries.body, createdAt: enquiryEntries.createdAt, author: users.email })
    .from(enquiryEntries)
    .leftJoin(users, eq(users.id, enquiryEntries.authorId))
    .where(eq(enquiryEntries.enquiryId, id))
    .orderBy(asc(enquiryEntries.id));
  return { ...e.enquiry, assigneeEmail: e.assigneeEmail, overdue: isOverdue(e.enquiry, warsawDate(now)), entries };
}

export async function listEnquiryStaff(db: DbOrTx) {
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(sql`${users.role} in ('clerk', 'admin')`)
    .orderBy(asc(users.email));
}

/** Locks a visible item for the rest of the transaction: two staff acting at once take turns. */
async function lockEnquiry(tx: Tx, id: string) {
  const [e] = await tx.select().from(enquiries).where(and(eq(enquiries.id, id), visible)).for('update');
  return e ?? null;
}

export async function assignEnquiry(db: Db, actor: Actor, id: string, assigneeId: string | null): Promise<ActionResult> {
  return db.transaction(async (tx): Promise<ActionResult> => {
    const e = await lockEnquiry(tx, id);
    if (!e) return { ok: false, formError: 'not_found' };
    if (assigneeId) {
      const [u] = await tx.select({ role: users.role }).from(users).where(eq(users.id, assigneeId));
      if (!u || (u.role !== 'clerk' && u.role !== 'admin')) return { ok: false, fieldErrors: { assigneeId: 'invalid' } };
    }
    // Assigning moves a new or reopened item on; an answered or closed one keeps its status.
    const status = assigneeId && (e.status === 'new' || e.status === 'reopened') ? 'assigned' : !assigneeId && e.status === 'assigned' ? 'new' : e.status;
    await tx.update(enquiries).set({ assignedTo: assigneeId, status, updatedAt: sql`now()` }).where(eq(enquiries.id, id));
    await writeAudit(tx, actor, { action: 'enquiry.assign', entityType: 'enquiry', entityId: id, before: { assignedTo: e.assignedTo, status: e.status }, after: { assignedTo: assigneeId, status } });
    return { ok: true };
  });
}

/**
 * A reply to the sender. The row lock serialises two staff replying at once:
 * both replies are kept, the item ends `answered`, and the sender gets one
 * e-mail saying a reply is waiting (the text is read on the page).
 */
export async function replyToEnquiry(db: Db, actor: Actor, id: string, body: string, now: Date = new Date()): Promise<ActionResult> {
  return db.transaction(async (tx): Promise<ActionResult> => {
    const e = await lockEnquiry(tx, id);
    if (!e) return { ok: false, formError: 'not_found' };
    if (e.status === 'closed') return { ok: false, formError: 'enquiry_closed' };
    await tx.insert(enquiryEntries).values({ enquiryId: id, kind: 'reply', body, authorId: actor.id, createdAt: now });
    await tx
      .update(enquiries)
      .set({ status: 'answered', assignedTo: e.assignedTo ?? actor.id, firstAnsweredAt: e.firstAnsweredAt ?? now, updatedAt: now })
      .where(eq(enquiries.id, id));
    await enqueueEnquiryNotice(tx, { id, email: e.email, locale: e.locale }, 'enquiry_reply');
    await writeAudit(tx, actor, { action: 'enquiry.reply', entityType: 'enquiry', entityId: id, before: { status: e.status }, after: { status: 'answered' } });
    return { ok: true };
  });
}

/** An internal note: staff eyes only, no e-mail, no status change. */
export async function addEnquiryNote(db: Db, actor: Actor, id: string, body: string): Promise<ActionResult> {
  return db.transaction(async (tx): Promise<ActionResult> => {
    const e = await lockEnquiry(tx, id);
    if (!e) return { ok: false, formError: 'not_found' };
    const [entry] = await tx.insert(enquiryEntries).values({ enquiryId: id, kind: 'note', body, authorId: actor.id }).returning({ id: enquiryEntries.id });
    await writeAudit(tx, actor, { action: 'enquiry.note', entityType: 'enquiry', entityId: id, after: { entryId: entry!.id } });
    return { ok: true };
  });
}

export async function closeEnquiry(db: Db, actor: Actor, id: string, now: Date = new Date()): Promise<ActionResult> {
  return db.transaction(async (tx): Promise<ActionResult> => {
    const e = await lockEnquiry(tx, id);
    if (!e) return { ok: false, formError: 'not_found' };
    if (e.status === 'closed') return { ok: true };
    await tx.update(enquiries).set({ status: 'closed', closedAt: now, updatedAt: now }).where(eq(enquiries.id, id));
    await writeAudit(tx, actor, { action: 'enquiry.close', entityType: 'enquiry', entityId: id, before: { status: e.status }, after: { status: 'closed' } });
    return { ok: true };
  });
}

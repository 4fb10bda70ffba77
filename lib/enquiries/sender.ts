import 'server-only';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { applications, caseAccountLinks, cases, enquiries, enquiryEntries, enquiryNumberCounters, users } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import type { ActionResult } from '@/lib/actions/result';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/audit';
import { warsawDate } from '@/lib/calendar/dates';
import { spendSolution } from '@/lib/security/pow';
import { reserveAttempt, reserveAttempts, type Limit } from '@/lib/security/rate-limit';
import { enquiryDeadline, hasDeadline } from './deadline';
import { enqueueEnquiryNotice } from './notices';
import { formatEnquiryNumber } from './numbering';
import type { SubmitEnquiryInput } from './schemas';
import { enquiryIdForToken } from './tokens';

// Spam resistance besides the proof of work: per client address and per reply address.
export const ADDRESS_LIMIT: Limit = { max: 10, windowSeconds: 3600, lockSeconds: 3600 };
export const EMAIL_LIMIT: Limit = { max: 5, windowSeconds: 3600, lockSeconds: 3600 };
export const FOLLOW_UP_LIMIT: Limit = { max: 10, windowSeconds: 3600, lockSeconds: 3600 };
// An unconfirmed item can be confirmed this long; afterwards the daily housekeeping deletes it.
export const CONFIRM_DAYS = 7;

/** The next reference number of `year`: concurrent confirmations queue on the counter row. */
async function nextEnquiryNumber(tx: DbOrTx, year: number): Promise<string> {
  const [row] = await tx
    .insert(enquiryNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: enquiryNumberCounters.year, set: { last: sql`${enquiryNumberCounters.last} + 1` } })
    .returning({ last: enquiryNumberCounters.last });
  return formatEnquiryNumber(year, row!.last);
}

/** The item reaches the office: it gets its number, its receipt date and (complaints, motions) its deadline. */
async function markReceived(tx: DbOrTx, e: { id: string; kind: SubmitEnquiryInput['kind'] }, now: Date) {
  const today = warsawDate(now);
  const number = await nextEnquiryNumber(tx, Number(today.slice(0, 4)));
  await tx
    .update(enquiries)
    .set({ status: 'new', number, receivedAt: now, deadline: hasDeadline(e.kind) ? enquiryDeadline(today) : null, updatedAt: now })
    .where(eq(enquiries.id, e.id));
  return number;
}

/** Whether a case number or application code belongs to the account (a linked case or an own application). */
async function referenceBelongsTo(db: DbOrTx, userId: string, ref: string): Promise<boolean> {
  if (ref.startsWith('W-')) {
    const [a] = await db.select({ id: applications.id }).from(applications).where(and(eq(applications.code, ref), eq(applications.ownerId, userId)));
    return Boolean(a);
  }
  const [c] = await db
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(caseAccountLinks, eq(caseAccountLinks.caseId, cases.id))
    .where(and(eq(cases.number, ref), eq(caseAccountLinks.userId, userId)));
  return Boolean(c);
}

export type SubmitContext = { actor: Actor | null; clientAddress: string | null; locale: Locale; now?: Date };
export type SubmitResult = ActionResult<{ confirmed: boolean; enquiryId: string; number: string | null }>;

/**
 * A message from the public form. A signed-in sender with a verified address
 * reaches the office at once; anyone else first confirms the address through
 * the e-mailed link, and until then staff never see the item.
 */
export async function submitEnquiry(db: Db, input: SubmitEnquiryInput, ctx: SubmitContext): Promise<SubmitResult> {
  const now = ctx.now ?? new Date();
  let email = input.email;
  let verified = false;
  if (ctx.actor) {
    const [u] = await db.select({ email: users.email, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, ctx.actor.id));
    // A verified account replies to its own address, whatever the form sent.
    if (u?.verifiedAt) {
      email = u.email;
      verified = true;
    }
  }
  const caseRef = input.caseRef || null;
  let refVerified = false;
  if (caseRef && ctx.actor) {
    refVerified = await referenceBelongsTo(db, ctx.actor.id, caseRef);
    if (!refVerified) return { ok: false, fieldErrors: { caseRef: 'reference_not_yours' } };
  }
  if (!input.pow) return { ok: false, formError: 'pow_missing' };
  return db.transaction(async (tx): Promise<SubmitResult> => {
    // Reserved atomically before the work, so parallel requests cannot outrun the limit.
    const reserved = await reserveAttempts(tx, [
      [`enquiry:addr:${ctx.clientAddress ?? 'unknown'}`, ADDRESS_LIMIT],
      [`enquiry:email:${email}`, EMAIL_LIMIT],
    ]);
    if (!reserved.ok) return { ok: false, formError: 'enquiry_rate_limited' };
    const powError = await spendSolution(tx, input.pow!, 'enquiry');
    if (powError) return { ok: false, formError: powError };
    const [e] = await tx
      .insert(enquiries)
      .values({ kind: input.kind, topic: input.topic, caseRef, refVerified, locale: ctx.locale, email, userId: ctx.actor?.id ?? null, consentAt: now, createdAt: now, updatedAt: now })
      .returning({ id: enquiries.id });
    await tx.insert(enquiryEntries).values({ enquiryId: e!.id, kind: 'sender', body: input.message, createdAt: now });
    const number = verified ? await markReceived(tx, { id: e!.id, kind: input.kind }, now) : null;
    await enqueueEnquiryNotice(tx, { id: e!.id, email, locale: ctx.locale }, verified ? 'enquiry_received' : 'enquiry_confirm_email');
    await writeAudit(tx, ctx.actor, { action: 'enquiry.submit', entityType: 'enquiry', entityId: e!.id, after: { kind: input.kind, topic: input.topic, number, confirmed: verified } });
    return { ok: true, confirmed: verified, enquiryId: e!.id, number };
  });
}

/** The sender's click on the e-mailed link: the item reaches the office. Repeated clicks change nothing. */
export async function confirmEnquiry(db: Db, token: string, now: Date = new Date()): Promise<ActionResult<{ number: string }>> {
  const id = await enquiryIdForToken(db, token);
  if (!id) return { ok: false, formError: 'enquiry_link_invalid' };
  return db.transaction(async (tx): Promise<ActionResult<{ number: string }>> => {
    const [e] = await tx.select().from(enquiries).where(eq(enquiries.id, id)).for('update');
    if (!e) return { ok: false, formError: 'enquiry_link_invalid' };
    if (e.status !== 'unconfirmed') return { ok: true, number: e.number! };
    if (now.getTime() - e.createdAt.getTime() > CONFIRM_DAYS * 86_400_000) return { ok: false, formError: 'enquiry_confirm_expired' };
    const number = await markReceived(tx, e, now);
    await writeAudit(tx, null, { action: 'enquiry.confirm', entityType: 'enquiry', entityId: id, after: { number } });
    return { ok: true, number };
  });
}

/** A link token, or a signed-in account with the item's id: the only two ways a sender reaches an item. */
export type SenderAccess = { token: string } | { id: string; userId: string };

export async function enquiryIdForSender(db: DbOrTx, access: SenderAccess): Promise<string | null> {
  if ('token' in access) return enquiryIdForToken(db, access.token);
  if (!/^[0-9a-f-]{36}$/.test(access.id)) return null;
  const [e] = await db.select({ id: enquiries.id }).from(enquiries).where(and(eq(enquiries.id, access.id), eq(enquiries.userId, access.userId)));
  return e?.id ?? null;
}

/** What the sender sees: status, deadline, their messages and the office's replies; never internal notes or who wrote. */
export async function getSenderView(db: DbOrTx, access: SenderAccess) {
  const id = await enquiryIdForSender(db, access);
  if (!id) return null;
  const [e] = await db
    .select({
      id: enquiries.id,
      number: enquiries.number,
      kind: enquiries.kind,
      topic: enquiries.topic,
      caseRef: enquiries.caseRef,
      status: enquiries.status,
      createdAt: enquiries.createdAt,
      receivedAt: enquiries.receivedAt,
      deadline: enquiries.deadline,
    })
    .from(enquiries)
    .where(eq(enquiries.id, id));
  if (!e) return null;
  const entries = await db
    .select({ id: enquiryEntries.id, kind: enquiryEntries.kind, body: enquiryEntries.body, createdAt: enquiryEntries.createdAt })
    .from(enquiryEntries)
    .where(and(eq(enquiryEntries.enquiryId, id), inArray(enquiryEntries.kind, ['sender', 'reply'])))
    .orderBy(asc(enquiryEntries.id));
  return { ...e, entries };
}
export type SenderView = NonNullable<Awaited<ReturnType<typeof getSenderView>>>;

/** The signed-in sender's own items, newest first. */
export async function listOwnEnquiries(db: DbOrTx, userId: string) {
  return db
    .select({ id: enquiries.id, number: enquiries.number, kind: enquiries.kind, topic: enquiries.topic, status: enquiries.status, createdAt: enquiries.createdAt })
    .from(enquiries)
    .where(eq(enquiries.userId, userId))
    .orderBy(sql`${enquiries.createdAt} desc`);
}

/** The sender writes again: the message is kept, and an answered or closed item is reopened. */
export async function writeAgain(db: Db, access: SenderAccess, body: string, actor: Actor | null, now: Date = new Date()): Promise<ActionResult> {
  const id = await enquiryIdForSender(db, access);
  if (!id) return { ok: false, formError: 'token' in access ? 'enquiry_link_invalid' : 'not_found' };
  return db.transaction(async (tx): Promise<ActionResult> => {
    const [e] = await tx.select({ status: enquiries.status }).from(enquiries).where(eq(enquiries.id, id)).for('update');
    if (!e) return { ok: false, formError: 'not_found' };
    if (e.status === 'unconfirmed') return { ok: false, formError: 'enquiry_unconfirmed' };
    if (!(await reserveAttempt(tx, `enquiry:followup:${id}`, FOLLOW_UP_LIMIT)).ok) return { ok: false, formError: 'enquiry_rate_limited' };
    await tx.insert(enquiryEntries).values({ enquiryId: id, kind: 'sender', body, authorId: actor?.id ?? null, createdAt: now });
    const status = e.status === 'answered' || e.status === 'closed' ? 'reopened' : e.status;
    await tx.update(enquiries).set({ status, closedAt: null, updatedAt: now }).where(and(eq(enquiries.id, id), ne(enquiries.status, 'unconfirmed')));
    await writeAudit(tx, actor, { action: 'enquiry.write_again', entityType: 'enquiry', entityId: id, before: { status: e.status }, after: { status } });
    return { ok: true };
  });
}

/** The address a signed-in sender's replies go to, when the account verified it; else null (the form asks). */
export async function verifiedSenderEmail(db: DbOrTx, userId: string): Promise<string | null> {
  const [u] = await db.select({ email: users.email, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  return u?.verifiedAt ? u.email : null;
}

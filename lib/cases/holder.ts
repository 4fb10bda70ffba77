import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { caseAccountLinks, caseMessages, caseMissingDocuments, cases, caseStageEvents } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { clearHits, releaseAttempt, reserveAttempts, SIGN_IN_ADDRESS_LIMIT, SIGN_IN_LIMIT } from '@/lib/security/rate-limit';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import { warsawDate } from '@/lib/calendar/dates';
import type { ActionResult } from '@/lib/actions/result';
import { normaliseCaseNumber, normaliseCasePassword } from './credentials';
import { timeLimitStatus } from './time-limit';

export type CaseSignIn = { ok: true; caseId: string; number: string } | { ok: false; code: 'invalid_credentials' } | { ok: false; code: 'locked'; until: Date };

/**
 * Case number + password, limited like account sign-in: failures count per
 * case and per client address in the database, and a lock refuses even the
 * right password until it ends.
 */
export async function authenticateCase(db: Db, rawNumber: string, rawPassword: string, clientAddress: string | null): Promise<CaseSignIn> {
  const number = normaliseCaseNumber(rawNumber);
  const caseKey = `case:number:${number}`;
  const addressKey = `case:address:${clientAddress ?? 'unknown'}`;
  // Reserved before the password is hashed, so parallel guesses cannot outrun the limit.
  const reserved = await reserveAttempts(db, [
    [caseKey, SIGN_IN_LIMIT],
    [addressKey, SIGN_IN_ADDRESS_LIMIT],
  ]);
  if (!reserved.ok) return { ok: false, code: 'locked', until: reserved.until };
  const [c] = await db.select({ id: cases.id, number: cases.number, passwordHash: cases.passwordHash }).from(cases).where(eq(cases.number, number));
  if (!(await verifyPassword(normaliseCasePassword(rawPassword), c?.passwordHash))) {
    return reserved.lockedUntil ? { ok: false, code: 'locked', until: reserved.lockedUntil } : { ok: false, code: 'invalid_credentials' };
  }
  await clearHits(db, caseKey);
  await releaseAttempt(db, addressKey, SIGN_IN_ADDRESS_LIMIT);
  return { ok: true, caseId: c!.id, number: c!.number };
}

/** A signed-in applicant proves the case password once; the case then shows among theirs. Audited: it opens a case's data to an account. */
export async function linkCaseToAccount(db: Db, actor: Actor, number: string, password: string): Promise<ActionResult<{ caseId: string }>> {
  const auth = await authenticateCase(db, number, password, actor.clientAddress ?? null);
  if (!auth.ok) return { ok: false, formError: auth.code === 'locked' ? 'case_locked' : 'case_credentials' };
  await db.transaction(async (tx) => {
    const linked = await tx.insert(caseAccountLinks).values({ caseId: auth.caseId, userId: actor.id }).onConflictDoNothing().returning({ caseId: caseAccountLinks.caseId });
    if (linked.length) await writeAudit(tx, actor, { action: 'case.link_account', entityType: 'case', entityId: auth.caseId, after: { userId: actor.id } });
  });
  return { ok: true, caseId: auth.caseId };
}

export async function listLinkedCases(db: DbOrTx, userId: string) {
  return db
    .select({ id: cases.id, number: cases.number, stage: cases.stage, formNumber: cases.formNumber })
    .from(caseAccountLinks)
    .innerJoin(cases, eq(cases.id, caseAccountLinks.caseId))
    .where(eq(caseAccountLinks.userId, userId))
    .orderBy(desc(cases.registeredAt));
}

/** Whether `userId` linked `caseId`: the ownership check for the account route to a case. */
export async function isLinked(db: DbOrTx, userId: string, caseId: string): Promise<boolean> {
  const [row] = await db
    .select({ caseId: caseAccountLinks.caseId })
    .from(caseAccountLinks)
    .where(and(eq(caseAccountLinks.userId, userId), eq(caseAccountLinks.caseId, caseId)));
  return Boolean(row);
}

/**
 * What the holder may see: no name, no contact data, nothing they do not
 * already know (the number is on their letter).
 */
export async function getHolderView(db: DbOrTx, caseId: string, now: Date = new Date()) {
  const [c] = await db
    .select({ id: cases.id, number: cases.number, formNumber: cases.formNumber, stage: cases.stage, registeredAt: cases.registeredAt, notifySms: cases.notifySms, notifyEmail: cases.notifyEmail, hasEmail: sql<boolean>`${cases.contactEmail} is not null`, hasPhone: sql<boolean>`${cases.contactPhone} is not null` })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!c) return null;
  const [timeline, missing, messages] = await Promise.all([
    db.select({ stage: caseStageEvents.stage, at: caseStageEvents.at, dueDate: caseStageEvents.dueDate }).from(caseStageEvents).where(eq(caseStageEvents.caseId, caseId)).orderBy(asc(caseStageEvents.at), asc(caseStageEvents.id)),
    db
      .select({ id: caseMissingDocuments.id, title: caseMissingDocuments.title, kind: caseMissingDocuments.kind, remark: caseMissingDocuments.remark, createdAt: caseMissingDocuments.createdAt })
      .from(caseMissingDocuments)
      .where(and(eq(caseMissingDocuments.caseId, caseId), isNull(caseMissingDocuments.resolvedAt)))
      .orderBy(asc(caseMissingDocuments.id)),
    db.select({ id: caseMessages.id, body: caseMessages.body, createdAt: caseMessages.createdAt, readAt: caseMessages.readAt }).from(caseMessages).where(eq(caseMessages.caseId, caseId)).orderBy(desc(caseMessages.createdAt), desc(caseMessages.id)),
  ]);
  const limit = timeLimitStatus(
    c.formNumber,
    timeline.map((e) => ({ stage: e.stage, date: warsawDate(e.at) })),
    warsawDate(now),
  );
  return { case: c, timeline, missing, messages, limit };
}

export type HolderView = NonNullable<Awaited<ReturnType<typeof getHolderView>>>;

/** Messages count as read once the holder has seen them. */
export async function markMessagesRead(db: DbOrTx, caseId: string) {
  await db.update(caseMessages).set({ readAt: sql`now()` }).where(and(eq(caseMessages.caseId, caseId), isNull(caseMessages.readAt)));
}

export async function updateNotificationSettings(db: DbOrTx, caseId: string, settings: { sms: boolean; email: boolean }) {
  await db.update(cases).set({ notifySms: settings.sms, notifyEmail: settings.email }).where(eq(cases.id, caseId));
}

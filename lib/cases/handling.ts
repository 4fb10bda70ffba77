import 'server-only';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { caseMessages, caseMissingDocuments, cases, caseStageEvents, users, type Case } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import type { ActionResult } from '@/lib/actions/result';
import { enqueueCaseNotice } from '@/lib/notifications/outbox';
import { canMove, type Stage } from './stages';
import { translatorFor } from '@/lib/i18n/translator';
import type { StandardDocument } from './standard-documents';

/** Locks the case row for the rest of the transaction: two clerks acting at once are applied one after the other. */
async function lockCase(tx: DbOrTx, caseId: string): Promise<Case | null> {
  const [c] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  return c ?? null;
}

export async function changeStage(db: Db, clerk: Actor, caseId: string, to: Stage, note?: string | null, dueDate?: string | null): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const c = await lockCase(tx, caseId);
    if (!c) return { ok: false, formError: 'not_found' };
    if (!canMove(c.stage, to)) return { ok: false, fieldErrors: { stage: 'stage_not_allowed' } };
    await tx.update(cases).set({ stage: to }).where(eq(cases.id, caseId));
    await tx.insert(caseStageEvents).values({ caseId, stage: to, note: note || null, dueDate: dueDate || null, actorId: clerk.id });
    await enqueueCaseNotice(tx, c, 'stage_changed');
    await writeAudit(tx, clerk, { action: 'case.stage', entityType: 'case', entityId: caseId, before: { stage: c.stage }, after: { stage: to, note: note || null, dueDate: dueDate || null } });
    return { ok: true };
  });
}

export type MissingDocumentInput = { kind?: StandardDocument | '' | null; title?: string | null; remark?: string | null };

/** A standard document is stored with its Polish wording as the title, so staff lists and the audit read as before. */
function documentRow(input: MissingDocumentInput) {
  const kind = input.kind || null;
  return { kind, title: kind ? translatorFor('pl')(`missingDocuments.${kind}`) : (input.title ?? '').trim(), remark: input.remark || null };
}

export async function addMissingDocument(db: Db, clerk: Actor, caseId: string, input: MissingDocumentInput): Promise<ActionResult> {
  const row = documentRow(input);
  if (!row.title) return { ok: false, fieldErrors: { title: 'required' } };
  return db.transaction(async (tx) => {
    const c = await lockCase(tx, caseId);
    if (!c) return { ok: false, formError: 'not_found' };
    const [doc] = await tx.insert(caseMissingDocuments).values({ caseId, ...row }).returning({ id: caseMissingDocuments.id });
    await enqueueCaseNotice(tx, c, 'missing_document');
    await writeAudit(tx, clerk, { action: 'case.missing_document.add', entityType: 'case', entityId: caseId, after: { id: doc!.id, ...row } });
    return { ok: true };
  });
}

export async function updateMissingDocument(db: Db, clerk: Actor, caseId: string, docId: number, input: MissingDocumentInput): Promise<ActionResult> {
  const row = documentRow(input);
  if (!row.title) return { ok: false, fieldErrors: { title: 'required' } };
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(caseMissingDocuments).where(and(eq(caseMissingDocuments.id, docId), eq(caseMissingDocuments.caseId, caseId))).for('update');
    if (!before) return { ok: false, formError: 'not_found' };
    await tx.update(caseMissingDocuments).set(row).where(eq(caseMissingDocuments.id, docId));
    await writeAudit(tx, clerk, { action: 'case.missing_document.edit', entityType: 'case', entityId: caseId, before: { id: docId, kind: before.kind, title: before.title, remark: before.remark }, after: { id: docId, ...row } });
    return { ok: true };
  });
}

export async function resolveMissingDocument(db: Db, clerk: Actor, caseId: string, docId: number): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const done = await tx
      .update(caseMissingDocuments)
      .set({ resolvedAt: new Date() })
      .where(and(eq(caseMissingDocuments.id, docId), eq(caseMissingDocuments.caseId, caseId), isNull(caseMissingDocuments.resolvedAt)))
      .returning({ title: caseMissingDocuments.title });
    if (!done.length) return { ok: false, formError: 'not_found' };
    await writeAudit(tx, clerk, { action: 'case.missing_document.resolve', entityType: 'case', entityId: caseId, after: { id: docId, title: done[0]!.title } });
    return { ok: true };
  });
}

export async function postMessage(db: Db, clerk: Actor, caseId: string, body: string): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const c = await lockCase(tx, caseId);
    if (!c) return { ok: false, formError: 'not_found' };
    const [m] = await tx.insert(caseMessages).values({ caseId, body, authorId: clerk.id }).returning({ id: caseMessages.id });
    await enqueueCaseNotice(tx, c, 'message');
    await writeAudit(tx, clerk, { action: 'case.message', entityType: 'case', entityId: caseId, after: { id: m!.id } });
    return { ok: true };
  });
}

export async function assignCase(db: Db, clerk: Actor, caseId: string, assigneeId: string | null): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const c = await lockCase(tx, caseId);
    if (!c) return { ok: false, formError: 'not_found' };
    if (assigneeId) {
      const [u] = await tx.select({ role: users.role }).from(users).where(eq(users.id, assigneeId));
      if (!u || (u.role !== 'clerk' && u.role !== 'admin')) return { ok: false, fieldErrors: { assigneeId: 'invalid' } };
    }
    await tx.update(cases).set({ assignedTo: assigneeId }).where(eq(cases.id, caseId));
    await writeAudit(tx, clerk, { action: 'case.assign', entityType: 'case', entityId: caseId, before: { assignedTo: c.assignedTo }, after: { assignedTo: assigneeId } });
    return { ok: true };
  });
}

/** Everything staff see of a case, including the name and contacts the holder never sees. */
export async function getStaffCaseView(db: DbOrTx, caseId: string) {
  const [c] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!c) return null;
  const [timeline, missing, messages] = await Promise.all([
    db
      .select({ stage: caseStageEvents.stage, at: caseStageEvents.at, note: caseStageEvents.note, dueDate: caseStageEvents.dueDate, actor: users.email })
      .from(caseStageEvents)
      .leftJoin(users, eq(users.id, caseStageEvents.actorId))
      .where(eq(caseStageEvents.caseId, caseId))
      .orderBy(asc(caseStageEvents.at), asc(caseStageEvents.id)),
    db.select().from(caseMissingDocuments).where(eq(caseMissingDocuments.caseId, caseId)).orderBy(asc(caseMissingDocuments.id)),
    db.select().from(caseMessages).where(eq(caseMessages.caseId, caseId)).orderBy(desc(caseMessages.createdAt)),
  ]);
  return { case: c, timeline, missing, messages };
}

export async function listAssignableStaff(db: DbOrTx) {
  return db.select({ id: users.id, email: users.email, displayName: users.displayName }).from(users).where(eq(users.role, 'clerk')).orderBy(asc(users.email));
}

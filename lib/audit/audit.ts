import 'server-only';
import { desc, and, eq, gte, ilike, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Call inside the transaction that makes the change, so the log and the change land together. */
export async function writeAudit(db: DbOrTx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    clientAddress: actor?.clientAddress ?? null,
  });
}

export type AuditFilter = { action?: string; actorEmail?: string; entityId?: string; from?: Date; to?: Date };

/** Newest first; `action` matches a prefix ("case." finds every case action). */
export async function listAudit(db: DbOrTx, filter: AuditFilter, page = 1, pageSize = 50) {
  const where: SQL[] = [];
  if (filter.action) where.push(ilike(auditLog.action, `${filter.action.replace(/[%_\\]/g, '')}%`));
  if (filter.actorEmail) where.push(eq(users.email, filter.actorEmail.toLowerCase()));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lte(auditLog.at, filter.to));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      actorEmail: users.email,
      actorRole: auditLog.actorRole,
      clientAddress: auditLog.clientAddress,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { applicationComparisons, applications, applicationVersions, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { Locale } from '@/i18n/routing';
import type { ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit/audit';
import { fieldErrorsOf } from '@/lib/actions/result';
import { formDefinition } from './definitions';
import { formSchema, sectionSchema, sectionShape } from './engine/schema';
import { contentHash } from './engine/canonical';
import type { FormData, FormDefinition, SectionDef } from './engine/types';
import type { z } from 'zod';
import { generateApplicationCode, normaliseApplicationCode } from './code';
import { enqueueSubmittedMail } from './submitted-mail';

/** Which account type may file which form. */
export function canFile(def: FormDefinition, role: Actor['role']): boolean {
  return def.filedBy === 'employer' ? role === 'employer' : role === 'applicant' || role === 'employer';
}

/** Employers' company data, prefilled into the employer section of their forms. */
async function prefillFor(db: DbOrTx, def: FormDefinition, owner: Actor): Promise<FormData> {
  if (!def.sections.some((s) => s.id === 'employer') || owner.role !== 'employer') return {};
  const [u] = await db.select({ companyName: users.companyName, nip: users.nip }).from(users).where(eq(users.id, owner.id));
  return u?.companyName ? { employer: { name: u.companyName, nip: u.nip ?? '' } } : {};
}

export async function createDraft(db: Db, owner: Actor, formNumber: number, locale: Locale = 'pl'): Promise<ActionResult<{ id: string }>> {
  const def = formDefinition(formNumber);
  if (!def || !canFile(def, owner.role)) return { ok: false, formError: 'not_found' };
  const data = await prefillFor(db, def, owner);
  const [row] = await db.insert(applications).values({ ownerId: owner.id, formNumber, data, locale }).returning({ id: applications.id });
  return { ok: true, id: row!.id };
}

/** The owner's application, or null for anyone else's (answered as "not found"). */
export async function getOwnApplication(db: DbOrTx, ownerId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const [row] = await db.select().from(applications).where(and(eq(applications.id, id), eq(applications.ownerId, ownerId)));
  return row ?? null;
}

export async function listOwnApplications(db: DbOrTx, ownerId: string) {
  return db.select().from(applications).where(eq(applications.ownerId, ownerId)).orderBy(desc(applications.updatedAt));
}

/** Saves one section of a draft after checking it against the form's own schema. */
/**
 * Stores one section of the owner's draft once `check` accepts it, under a row lock. The owner's
 * only: anyone else's application is "not found"; a submitted one cannot change.
 */
async function storeSection(db: Db, ownerId: string, id: string, sectionId: string, values: unknown, check: (section: SectionDef) => z.ZodType): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const [app] = await tx.select().from(applications).where(and(eq(applications.id, id), eq(applications.ownerId, ownerId))).for('update');
    if (!app) return { ok: false, formError: 'not_found' };
    if (app.status !== 'draft') return { ok: false, formError: 'application_submitted' };
    const section = formDefinition(app.formNumber)?.sections.find((s) => s.id === sectionId);
    if (!section) return { ok: false, formError: 'not_found' };
    const parsed = check(section).safeParse(values);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    await tx
      .update(applications)
      .set({ data: { ...app.data, [sectionId]: parsed.data as FormData[string] }, updatedAt: sql`now()` })
      .where(eq(applications.id, id));
    return { ok: true };
  });
}

export async function saveSection(db: Db, ownerId: string, id: string, sectionId: string, values: unknown, today: string): Promise<ActionResult> {
  return storeSection(db, ownerId, id, sectionId, values, (section) => sectionSchema(section, today));
}

/**
 * "Save and come back later": the section is kept as typed, half-filled or wrong, and checked
 * by its rules only at "continue" and at submit. Only its own fields, each of its kind and size.
 */
export async function saveSectionDraft(db: Db, ownerId: string, id: string, sectionId: string, values: unknown): Promise<ActionResult> {
  return storeSection(db, ownerId, id, sectionId, values, sectionShape);
}

/**
 * Re-validates the whole form on the server, then freezes it as a new version
 * with a SHA-256 of its canonical content. The code is given once and kept.
 */
export async function submitApplication(db: Db, ownerId: string, id: string, today: string): Promise<ActionResult<{ code: string; version: number }>> {
  return db.transaction(async (tx) => {
    const [app] = await tx.select().from(applications).where(and(eq(applications.id, id), eq(applications.ownerId, ownerId))).for('update');
    if (!app) return { ok: false, formError: 'not_found' };
    if (app.status !== 'draft') return { ok: false, formError: 'application_submitted' };
    const def = formDefinition(app.formNumber)!;
    const parsed = formSchema(def, today).safeParse(app.data);
    if (!parsed.success) return { ok: false, formError: 'application_incomplete', fieldErrors: fieldErrorsOf(parsed.error) };
    const data = parsed.data as FormData;
    let linkedCode: string | null = null;
    if (def.linksTo) {
      const raw = data[def.linksTo.section]?.[def.linksTo.field];
      if (typeof raw === 'string' && raw.trim()) {
        const [target] = await tx.select({ code: applications.code, formNumber: applications.formNumber }).from(applications).where(eq(applications.code, normaliseApplicationCode(raw)));
        if (!target?.code || !def.linksTo.forms.includes(target.formNumber)) {
          return { ok: false, formError: 'application_code_unknown', fieldErrors: { [`${def.linksTo.section}.${def.linksTo.field}`]: 'application_code_unknown' } };
        }
        linkedCode = target.code;
      }
    }
    let code = app.code;
    for (let attempt = 0; !code && attempt < 5; attempt++) {
      const candidate = generateApplicationCode();
      const [taken] = await tx.select({ id: applications.id }).from(applications).where(eq(applications.code, candidate));
      if (!taken) code = candidate;
    }
    const version = app.currentVersion + 1;
    await tx.insert(applicationVersions).values({ applicationId: id, version, data, contentHash: contentHash(app.formNumber, data) });
    await tx.update(applications).set({ status: 'submitted', code, currentVersion: version, linkedCode, updatedAt: sql`now()` }).where(eq(applications.id, id));
    const [owner] = await tx.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, ownerId));
    if (owner?.email) await enqueueSubmittedMail(tx, { applicationId: id, to: owner.email, locale: owner.locale });
    return { ok: true, code: code!, version };
  });
}

/** Editing after submission starts a new draft from the latest version; the submitted one stays readable. */
export async function reopenApplication(db: Db, ownerId: string, id: string): Promise<ActionResult> {
  const rows = await db
    .update(applications)
    .set({ status: 'draft', updatedAt: sql`now()` })
    .where(and(eq(applications.id, id), eq(applications.ownerId, ownerId), eq(applications.status, 'submitted')))
    .returning({ id: applications.id });
  return rows.length ? { ok: true } : { ok: false, formError: 'not_found' };
}

export async function getVersion(db: DbOrTx, applicationId: string, version: number) {
  const [row] = await db
    .select()
    .from(applicationVersions)
    .where(and(eq(applicationVersions.applicationId, applicationId), eq(applicationVersions.version, version)));
  return row ?? null;
}

/** For staff: the application a paper form's code names. */
export async function findByCode(db: DbOrTx, rawCode: string) {
  const [row] = await db.select().from(applications).where(eq(applications.code, normaliseApplicationCode(rawCode)));
  return row ?? null;
}

export async function recordComparison(
  db: Db,
  clerk: Actor,
  applicationId: string,
  version: number,
  fields: Record<string, { matches: boolean; note?: string }>,
): Promise<ActionResult<{ outcome: 'matching' | 'differences' }>> {
  return db.transaction(async (tx) => {
    const v = await getVersion(tx, applicationId, version);
    if (!v) return { ok: false, formError: 'not_found' };
    const outcome = Object.values(fields).every((f) => f.matches) ? 'matching' : 'differences';
    await tx.insert(applicationComparisons).values({ applicationId, version, clerkId: clerk.id, outcome, fields });
    await writeAudit(tx, clerk, { action: 'application.compare', entityType: 'application', entityId: applicationId, after: { version, outcome } });
    return { ok: true, outcome };
  });
}

export async function listComparisons(db: DbOrTx, applicationId: string) {
  return db
    .select({ version: applicationComparisons.version, outcome: applicationComparisons.outcome, recordedAt: applicationComparisons.recordedAt, clerk: users.email, fields: applicationComparisons.fields })
    .from(applicationComparisons)
    .leftJoin(users, eq(users.id, applicationComparisons.clerkId))
    .where(eq(applicationComparisons.applicationId, applicationId))
    .orderBy(desc(applicationComparisons.recordedAt));
}

/** Employer's annexes that name this application's code. */
export async function listLinkedAnnexes(db: DbOrTx, code: string) {
  return db
    .select({ code: applications.code, formNumber: applications.formNumber, version: applications.currentVersion })
    .from(applications)
    .where(and(eq(applications.linkedCode, code), eq(applications.status, 'submitted')));
}

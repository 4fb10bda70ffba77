import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { normalizePhone } from '@/lib/forms/validators/phone';
import type { Db, DbOrTx } from '@/db/client';
import { applicationComparisons, applications, applicationVersions, caseAccountLinks, caseNumberCounters, cases, caseStageEvents } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { config } from '@/lib/config';
import { hashPassword } from '@/lib/auth/password';
import { forgetSessionState } from '@/lib/auth/session-state';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import type { ActionResult } from '@/lib/actions/result';
import { formatCaseNumber, generateCasePassword } from './credentials';

/**
 * The next number for `year`, from a counter row updated in its own statement:
 * concurrent registrations queue on the row and never get the same number.
 */
async function nextCaseNumber(tx: DbOrTx, year: number): Promise<string> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: caseNumberCounters.year, set: { last: sql`${caseNumberCounters.last} + 1` } })
    .returning({ last: caseNumberCounters.last });
  return formatCaseNumber(config().CASE_NUMBER_PREFIX, year, row!.last);
}

export type RegisterCaseInput = {
  formNumber: number;
  applicantName: string;
  contactEmail?: string | null;
  contactPhone?: string | null;
  notifyConsent: boolean;
  locale: Locale;
  applicationId?: string | null;
};

/** Returns the only copy of the password there will ever be: it goes on the first letter. */
export async function registerCase(db: Db, clerk: Actor, input: RegisterCaseInput): Promise<ActionResult<{ caseId: string; number: string; password: string }>> {
  const password = generateCasePassword();
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      if (input.applicationId) {
        const [existing] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.applicationId, input.applicationId));
        if (existing) return { ok: false, formError: 'case_exists' } as const;
      }
      const number = await nextCaseNumber(tx, new Date().getUTCFullYear());
    const [c] = await tx
      .insert(cases)
      .values({
        number,
        formNumber: input.formNumber,
        applicantName: input.applicantName,
        contactEmail: input.contactEmail || null,
        contactPhone: input.contactPhone || null,
        notifyConsent: input.notifyConsent,
        locale: input.locale,
        passwordHash,
        applicationId: input.applicationId ?? null,
        registeredBy: clerk.id,
        assignedTo: clerk.role === 'clerk' ? clerk.id : null,
      })
      .returning({ id: cases.id, registeredAt: cases.registeredAt });
    await tx.insert(caseStageEvents).values({ caseId: c!.id, stage: 'registered', at: c!.registeredAt, actorId: clerk.id });
    await writeAudit(tx, clerk, { action: 'case.register', entityType: 'case', entityId: c!.id, after: { number, formNumber: input.formNumber } });
    return { ok: true, caseId: c!.id, number, password };
    });
  } catch (e) {
    // Two clerks (or a double click) racing past the check: the unique index on application_id decides.
    if (input.applicationId && isUniqueViolation(e)) return { ok: false, formError: 'case_exists' };
    throw e;
  }
}

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
};

/** Reception issues a new password (for a new letter); the old one stops working at once. */
export async function reissueCasePassword(db: Db, staff: Actor, caseId: string): Promise<ActionResult<{ number: string; password: string }>> {
  const password = generateCasePassword();
  const passwordHash = await hashPassword(password);
  const result = await db.transaction(async (tx): Promise<ActionResult<{ number: string; password: string }>> => {
    const [c] = await tx
      .update(cases)
      .set({ passwordHash, passwordIssuedAt: sql`now()` })
      .where(eq(cases.id, caseId))
      .returning({ number: cases.number });
    if (!c) return { ok: false, formError: 'not_found' };
    // Accounts linked with the old password lose the case too: the new letter decides who sees it.
    await tx.delete(caseAccountLinks).where(eq(caseAccountLinks.caseId, caseId));
    await writeAudit(tx, staff, { action: 'case.password_reissue', entityType: 'case', entityId: caseId });
    return { ok: true, number: c.number, password };
  });
  // After the commit: the holder's next request on this server re-reads the issue time instead of a cached one (up to 30 s old).
  forgetSessionState(caseId);
  return result;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Registers the case of an application whose paper the clerk has compared:
 * the case takes the form type, the applicant's name and contacts from the
 * electronic version, and links to the application. One case per application.
 */
export async function registerCaseFromApplication(
  db: Db,
  clerk: Actor,
  applicationId: string,
  version: number,
  notifyConsent: boolean,
  acknowledgeDifferences = false,
): Promise<ActionResult<{ caseId: string; number: string; password: string }>> {
  const [app] = await db.select().from(applications).where(eq(applications.id, applicationId));
  const [v] = await db.select().from(applicationVersions).where(and(eq(applicationVersions.applicationId, applicationId), eq(applicationVersions.version, version)));
  if (!app || !v) return { ok: false, formError: 'not_found' };
  const [compared] = await db
    .select({ id: applicationComparisons.id, outcome: applicationComparisons.outcome })
    .from(applicationComparisons)
    .where(and(eq(applicationComparisons.applicationId, applicationId), eq(applicationComparisons.version, version)))
    .orderBy(desc(applicationComparisons.recordedAt), desc(applicationComparisons.id))
    .limit(1);
  if (!compared) return { ok: false, formError: 'comparison_missing' };
  // The paper and the electronic version differ: the clerk must say so explicitly before a case is made of it.
  if (compared.outcome === 'differences' && !acknowledgeDifferences) return { ok: false, formError: 'comparison_differences' };
  // Checked again inside registerCase's transaction and held by the unique index.
  const [existing] = await db.select({ number: cases.number }).from(cases).where(eq(cases.applicationId, applicationId));
  if (existing) return { ok: false, formError: 'case_exists' };
  const person = (v.data.personal ?? v.data.foreigner ?? {}) as Record<string, unknown>;
  const phone = text(person.phone);
  return registerCase(db, clerk, {
    formNumber: app.formNumber,
    applicantName: [text(person.givenNames), text(person.surname)].filter(Boolean).join(' ') || (app.code ?? ''),
    contactEmail: text(person.email),
    contactPhone: phone ? normalizePhone(phone) : null,
    notifyConsent,
    locale: app.locale,
    applicationId,
  });
}

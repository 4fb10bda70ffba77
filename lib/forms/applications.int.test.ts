import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { applications, applicationVersions, notificationOutbox, users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { createDraft, findByCode, getOwnApplication, recordComparison, reopenApplication, saveSection, saveSectionDraft, submitApplication } from './applications';
import { formDefinition } from './definitions';
import { sectionProgress } from './engine/progress';
import { renderSubmittedMail } from './submitted-mail';
import { contentHash } from './engine/canonical';
import { form01Fixture } from './fixtures/form-01';

const TODAY = '2026-11-23';

describe.each(testDatabases)('applications on $name', ({ open }) => {
  let h: DbHandle;
  let anna: Actor;
  let boris: Actor;
  let firm: Actor;
  let clerk: Actor;
  beforeAll(async () => {
    h = await open();
    const mk = async (email: string, role: Actor['role'], extra: object = {}) => {
      const [u] = await h.db.insert(users).values({ email, role, ...extra }).returning();
      return { id: u!.id, role, email };
    };
    anna = await mk('anna@example.com', 'applicant');
    boris = await mk('boris@example.com', 'applicant');
    firm = await mk('hr@firma.pl', 'employer', { companyName: 'Budimex Test', nip: '1234563218' });
    clerk = await mk('clerk@duw.test', 'clerk');
  });
  afterAll(async () => h?.close());

  async function fillAll(id: string) {
    for (const [section, values] of Object.entries(form01Fixture)) {
      const r = await saveSection(h.db, anna.id, id, section, values, TODAY);
      expect([section, r]).toEqual([section, { ok: true }]);
    }
  }

  it('saves a draft section by section for its owner only, refusing tampered payloads', async () => {
    const d = await createDraft(h.db, anna, 1, 'uk');
    if (!d.ok) throw new Error();
    expect(await saveSection(h.db, boris.id, d.id, 'personal', form01Fixture.personal, TODAY)).toEqual({ ok: false, formError: 'not_found' });
    expect(await saveSection(h.db, anna.id, d.id, 'personal', { ...form01Fixture.personal, role: 'admin' }, TODAY)).toMatchObject({ ok: false });
    expect(await saveSection(h.db, anna.id, d.id, 'personal', { ...form01Fixture.personal, surname: 7 }, TODAY)).toMatchObject({ ok: false });
    expect(await saveSection(h.db, anna.id, d.id, 'nonexistent', {}, TODAY)).toEqual({ ok: false, formError: 'not_found' });
    const bad = await saveSection(h.db, anna.id, d.id, 'personal', { ...form01Fixture.personal, pesel: '12345678901' }, TODAY);
    expect(bad).toEqual({ ok: false, fieldErrors: { pesel: 'pesel_checksum' } });
    expect((await getOwnApplication(h.db, anna.id, d.id))?.data).toEqual({});
    expect(await getOwnApplication(h.db, boris.id, d.id)).toBeNull();
  });

  it('keeps a half-filled section as typed ("save and come back later"), checks it only at continue and submit', async () => {
    const d = await createDraft(h.db, anna, 1, 'uk');
    if (!d.ok) throw new Error();
    const half = { surname: 'Kovalenko', pesel: '1234' };
    expect(await saveSectionDraft(h.db, anna.id, d.id, 'personal', half)).toEqual({ ok: true });
    const saved = await getOwnApplication(h.db, anna.id, d.id);
    expect(saved?.data).toEqual({ personal: half });
    const states = sectionProgress(formDefinition(1)!, saved!.data, TODAY);
    expect(states[0]).toMatchObject({ id: 'personal', state: 'in_progress', complete: false });
    expect(states[1]).toMatchObject({ state: 'not_started' });
    // A draft is not a back door: someone else's application, unknown fields, wrong kinds and oversize values are refused and change nothing.
    expect(await saveSectionDraft(h.db, boris.id, d.id, 'personal', {})).toEqual({ ok: false, formError: 'not_found' });
    expect(await saveSectionDraft(h.db, anna.id, d.id, 'personal', { ...half, role: 'admin' })).toMatchObject({ ok: false });
    expect(await saveSectionDraft(h.db, anna.id, d.id, 'personal', { surname: 7 })).toMatchObject({ ok: false });
    expect(await saveSectionDraft(h.db, anna.id, d.id, 'personal', { surname: 'x'.repeat(5000) })).toMatchObject({ ok: false, fieldErrors: { surname: 'too_long' } });
    expect((await getOwnApplication(h.db, anna.id, d.id))?.data).toEqual({ personal: half });
    // "Continue" applies the rules; submitting with a draft section is refused.
    expect(await saveSection(h.db, anna.id, d.id, 'personal', half, TODAY)).toMatchObject({ ok: false });
    expect(await submitApplication(h.db, anna.id, d.id, TODAY)).toMatchObject({ ok: false, formError: 'application_incomplete' });
    await fillAll(d.id);
    expect(sectionProgress(formDefinition(1)!, (await getOwnApplication(h.db, anna.id, d.id))!.data, TODAY).every((p) => p.state === 'complete')).toBe(true);
  });

  it('sends the applicant a confirmation with the code and the next steps, and none of the answers', async () => {
    const d = await createDraft(h.db, anna, 1, 'uk');
    if (!d.ok) throw new Error();
    await fillAll(d.id);
    const s = await submitApplication(h.db, anna.id, d.id, TODAY);
    if (!s.ok) throw new Error(JSON.stringify(s));
    const rows = await h.db.select().from(notificationOutbox).where(eq(notificationOutbox.ref, d.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'application_submitted', channel: 'email', recipient: 'anna@example.com', status: 'pending' });
    const mail = await renderSubmittedMail(h.db, rows[0]!);
    expect(mail.subject).toContain(s.code);
    expect(mail.text).toContain(`/account/applications/${d.id}/v/1`);
    expect(mail.text).toContain('/services/temporary-residence');
    expect(mail.text).toContain('/account/reservations/new');
    for (const answer of [form01Fixture.personal!.surname, form01Fixture.personal!.pesel]) expect(mail.text).not.toContain(answer as string);
  });

  it('submits with a readable code, a version and the SHA-256 of the canonical content, then is read-only', async () => {
    const d = await createDraft(h.db, anna, 1, 'uk');
    if (!d.ok) throw new Error();
    expect(await submitApplication(h.db, anna.id, d.id, TODAY)).toMatchObject({ ok: false, formError: 'application_incomplete' });
    await fillAll(d.id);
    const s = await submitApplication(h.db, anna.id, d.id, TODAY);
    if (!s.ok) throw new Error(JSON.stringify(s));
    expect(s.code).toMatch(/^W-[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}$/);
    expect(s.version).toBe(1);
    const [v1] = await h.db.select().from(applicationVersions).where(eq(applicationVersions.applicationId, d.id));
    expect(v1?.contentHash).toBe(contentHash(1, v1!.data));
    expect(v1?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await saveSection(h.db, anna.id, d.id, 'personal', form01Fixture.personal, TODAY)).toEqual({ ok: false, formError: 'application_submitted' });
    expect(await submitApplication(h.db, boris.id, d.id, TODAY)).toEqual({ ok: false, formError: 'not_found' });

    // Editing makes a new version with the same code; version 1 stays as it was.
    expect(await reopenApplication(h.db, anna.id, d.id)).toEqual({ ok: true });
    await saveSection(h.db, anna.id, d.id, 'addressPl', { ...form01Fixture.addressPl, flatNumber: '5' }, TODAY);
    const s2 = await submitApplication(h.db, anna.id, d.id, TODAY);
    expect(s2).toEqual({ ok: true, code: s.code, version: 2 });
    const versions = await h.db.select().from(applicationVersions).where(eq(applicationVersions.applicationId, d.id));
    expect(versions.map((v) => [v.version, (v.data.addressPl as Record<string, string>).flatNumber])).toEqual(expect.arrayContaining([[1, '4'], [2, '5']]));
    expect(versions[0]!.contentHash).not.toBe(versions[1]!.contentHash);

    const found = await findByCode(h.db, s.code.toLowerCase().replace(/-/g, ' '));
    expect(found?.id).toBe(d.id);
    const cmp = await recordComparison(h.db, clerk, d.id, 1, { 'personal.surname': { matches: true }, 'addressPl.flatNumber': { matches: false, note: 'Na papierze 4' } });
    expect(cmp).toEqual({ ok: true, outcome: 'differences' });
  });

  it('prefills an employer’s company data and lets only employers start employer forms', async () => {
    expect(await createDraft(h.db, anna, 8)).toEqual({ ok: false, formError: 'not_found' });
    const d = await createDraft(h.db, firm, 8);
    if (!d.ok) throw new Error();
    const [row] = await h.db.select().from(applications).where(eq(applications.id, d.id));
    expect(row?.data.employer).toMatchObject({ name: 'Budimex Test', nip: '1234563218' });
  });
});

describe.each(testDatabases)('employer annex links on $name', ({ open }) => {
  it('links an annex to the foreigner’s submitted application by its code, and refuses an unknown code', async () => {
    const h = await open();
    try {
      const [a] = await h.db.insert(users).values({ email: 'f@example.com', role: 'applicant' }).returning();
      const [e] = await h.db.insert(users).values({ email: 'e@firma.pl', role: 'employer', companyName: 'Firma', nip: '1234563218' }).returning();
      const foreigner: Actor = { id: a!.id, role: 'applicant', email: a!.email };
      const employer: Actor = { id: e!.id, role: 'employer', email: e!.email };
      const trp = await createDraft(h.db, foreigner, 1);
      if (!trp.ok) throw new Error();
      for (const [s, v] of Object.entries(form01Fixture)) await saveSection(h.db, foreigner.id, trp.id, s, v, TODAY);
      const submitted = await submitApplication(h.db, foreigner.id, trp.id, TODAY);
      if (!submitted.ok) throw new Error();

      const { form02Fixture } = await import('./fixtures/form-02');
      const annex = await createDraft(h.db, employer, 2);
      if (!annex.ok) throw new Error();
      const fill = async (code: string) => {
        for (const [s, v] of Object.entries(form02Fixture)) {
          await saveSection(h.db, employer.id, annex.id, s, s === 'foreigner' ? { ...v, applicationCode: code } : v, TODAY);
        }
      };
      await fill('W-AAAA-AAAA');
      expect(await submitApplication(h.db, employer.id, annex.id, TODAY)).toMatchObject({ ok: false, formError: 'application_code_unknown' });
      await fill(submitted.code.toLowerCase());
      expect(await submitApplication(h.db, employer.id, annex.id, TODAY)).toMatchObject({ ok: true, version: 1 });
      const { listLinkedAnnexes } = await import('./applications');
      expect((await listLinkedAnnexes(h.db, submitted.code)).map((x) => x.formNumber)).toEqual([2]);
    } finally {
      await h.close();
    }
  });
});

/** A clerk and a submitted form 1 of a new applicant, ready to be compared and registered. */
async function submittedForm01(h: DbHandle) {
  const [a] = await h.db.insert(users).values({ email: `o-${crypto.randomUUID()}@example.com`, role: 'applicant' }).returning();
  const [c] = await h.db.insert(users).values({ email: `k-${crypto.randomUUID()}@duw.test`, role: 'clerk' }).returning();
  const owner: Actor = { id: a!.id, role: 'applicant', email: a!.email };
  const clerk: Actor = { id: c!.id, role: 'clerk', email: c!.email };
  const d = await createDraft(h.db, owner, 1, 'uk');
  if (!d.ok) throw new Error();
  for (const [s, v] of Object.entries(form01Fixture)) await saveSection(h.db, owner.id, d.id, s, v, TODAY);
  if (!(await submitApplication(h.db, owner.id, d.id, TODAY)).ok) throw new Error();
  return { clerk, d };
}

describe.each(testDatabases)('registering a case from an application on $name', ({ open }) => {
  it('needs a recorded comparison, takes the form type and contacts, and registers once', async () => {
    const h = await open();
    try {
      const { clerk, d } = await submittedForm01(h);
      const { registerCaseFromApplication } = await import('@/lib/cases/registration');
      expect(await registerCaseFromApplication(h.db, clerk, d.id, 1, true)).toEqual({ ok: false, formError: 'comparison_missing' });
      await recordComparison(h.db, clerk, d.id, 1, { 'personal.surname': { matches: true } });
      const reg = await registerCaseFromApplication(h.db, clerk, d.id, 1, true);
      if (!reg.ok) throw new Error(JSON.stringify(reg));
      const { cases } = await import('@/db/schema');
      const [row] = await h.db.select().from(cases).where(eq(cases.id, reg.caseId));
      expect(row).toMatchObject({ formNumber: 1, applicationId: d.id, applicantName: 'OLENA KOVALENKO', contactEmail: 'olena.kovalenko@example.com', contactPhone: '+48600700800', locale: 'uk' });
      expect(await registerCaseFromApplication(h.db, clerk, d.id, 1, true)).toEqual({ ok: false, formError: 'case_exists' });
      // The case list finds it by the application's code, as printed on the paper.
      const { applications: apps } = await import('@/db/schema');
      const [app] = await h.db.select({ code: apps.code }).from(apps).where(eq(apps.id, d.id));
      const { listCases } = await import('@/lib/cases/list');
      expect((await listCases(h.db, { q: app!.code!.toLowerCase() })).rows.map((r) => r.id)).toEqual([reg.caseId]);
    } finally {
      await h.close();
    }
  });

  it('registers after a comparison that found differences only when the clerk says so explicitly', async () => {
    const h = await open();
    try {
      const { clerk, d } = await submittedForm01(h);
      await recordComparison(h.db, clerk, d.id, 1, { 'personal.surname': { matches: false, note: 'Na wydruku KOWALENKO' } });
      const { registerCaseFromApplication } = await import('@/lib/cases/registration');
      expect(await registerCaseFromApplication(h.db, clerk, d.id, 1, true)).toEqual({ ok: false, formError: 'comparison_differences' });
      const { cases } = await import('@/db/schema');
      expect(await h.db.select({ id: cases.id }).from(cases).where(eq(cases.applicationId, d.id))).toHaveLength(0);
      expect((await registerCaseFromApplication(h.db, clerk, d.id, 1, true, true)).ok).toBe(true);
    } finally {
      await h.close();
    }
  });

  it('gives one case and one password when two clerks register the same application at once', async () => {
    const h = await open();
    try {
      const { clerk, d } = await submittedForm01(h);
      await recordComparison(h.db, clerk, d.id, 1, { 'personal.surname': { matches: true } });
      const { registerCaseFromApplication } = await import('@/lib/cases/registration');
      const results = await Promise.all(Array.from({ length: 4 }, () => registerCaseFromApplication(h.db, clerk, d.id, 1, true)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual(Array(3).fill({ ok: false, formError: 'case_exists' }));
      const { cases } = await import('@/db/schema');
      expect(await h.db.select({ id: cases.id }).from(cases).where(eq(cases.applicationId, d.id))).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it('refuses a second case for one application at the database level', async () => {
    const h = await open();
    try {
      const [c] = await h.db.insert(users).values({ email: 'k3@duw.test', role: 'clerk' }).returning();
      const clerk: Actor = { id: c!.id, role: 'clerk', email: c!.email };
      const [a] = await h.db.insert(users).values({ email: 'o3@example.com', role: 'applicant' }).returning();
      const d = await createDraft(h.db, { id: a!.id, role: 'applicant', email: a!.email }, 1, 'pl');
      if (!d.ok) throw new Error();
      const { registerCase } = await import('@/lib/cases/registration');
      const input = { formNumber: 1, applicantName: 'X', notifyConsent: false, locale: 'pl' as const, applicationId: d.id };
      expect((await registerCase(h.db, clerk, input)).ok).toBe(true);
      const { cases } = await import('@/db/schema');
      const [row] = await h.db.select().from(cases).where(eq(cases.applicationId, d.id));
      await expect(h.db.insert(cases).values({ ...row!, id: undefined, number: 'DUPLICATE/1' })).rejects.toThrow();
    } finally {
      await h.close();
    }
  });
});

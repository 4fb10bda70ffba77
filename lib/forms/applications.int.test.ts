import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { applications, applicationVersions, users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { createDraft, findByCode, getOwnApplication, recordComparison, reopenApplication, saveSection, submitApplication } from './applications';
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { createDraft, saveSection, submitApplication } from '@/lib/forms/applications';
import { form01Fixture } from '@/lib/forms/fixtures/form-01';
import { warsawDate } from '@/lib/calendar/dates';
import { visitorPrefill } from './prefill';

describe.each(testDatabases)('visitor prefill on $name', ({ open }) => {
  let h: DbHandle;
  let anna: Actor;
  let boris: Actor;
  beforeAll(async () => {
    h = await open();
    const mk = async (email: string) => ({ id: (await h.db.insert(users).values({ email, role: 'applicant' }).returning())[0]!.id, role: 'applicant' as const, email });
    anna = await mk('anna.prefill@example.com');
    boris = await mk('boris.prefill@example.com');
  });
  afterAll(async () => h?.close());

  it('offers the visitor data of the account’s own latest application, and nobody else’s', async () => {
    expect(await visitorPrefill(h.db, anna.id)).toBeNull();
    const d = await createDraft(h.db, anna, 1, 'pl');
    if (!d.ok) throw new Error();
    for (const [section, values] of Object.entries(form01Fixture)) await saveSection(h.db, anna.id, d.id, section, values, warsawDate(new Date()));
    const s = await submitApplication(h.db, anna.id, d.id, warsawDate(new Date()));
    if (!s.ok) throw new Error(JSON.stringify(s));
    const personal = form01Fixture.personal!;
    expect(await visitorPrefill(h.db, anna.id)).toEqual({
      code: s.code,
      formNumber: 1,
      givenName: String(personal.givenNames).toUpperCase(),
      familyName: String(personal.surname).toUpperCase(),
      birthDate: personal.birthDate,
      passportNumber: String(form01Fixture.document!.number).replace(/\s+/g, '').toUpperCase(),
    });
    expect(await visitorPrefill(h.db, boris.id)).toBeNull();
  });
});

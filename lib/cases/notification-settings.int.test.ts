import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { auditLog, cases, users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { registerCase } from './registration';
import { changeNotificationSettings } from './notification-settings';

describe.each(testDatabases)('notification settings in the audit log on $name', ({ open }) => {
  let h: DbHandle;
  let clerk: Actor;
  let anna: Actor;
  beforeAll(async () => {
    h = await open();
    const [c] = await h.db.insert(users).values({ email: 'inspektor@duw.test', role: 'clerk' }).returning();
    const [a] = await h.db.insert(users).values({ email: 'anna@example.com', role: 'applicant' }).returning();
    clerk = { id: c!.id, role: 'clerk', email: c!.email };
    anna = { id: a!.id, role: 'applicant', email: a!.email, clientAddress: '192.0.2.44' };
  });
  afterAll(async () => h?.close());

  const register = async () => {
    const r = await registerCase(h.db, clerk, { formNumber: 1, applicantName: 'Olena Kovalenko', contactEmail: 'olena@example.com', contactPhone: '+48600700800', notifyConsent: true, locale: 'uk' });
    if (!r.ok) throw new Error();
    return r.caseId;
  };
  const logged = (caseId: string) => h.db.select().from(auditLog).where(eq(auditLog.entityId, caseId)).orderBy(auditLog.id);

  it('records each change with the flags before and after and who made it, never the addresses', async () => {
    const caseId = await register();
    await changeNotificationSettings(h.db, null, caseId, { sms: false, email: true });
    await changeNotificationSettings(h.db, anna, caseId, { sms: false, email: false });

    const [c] = await h.db.select().from(cases).where(eq(cases.id, caseId));
    expect(c).toMatchObject({ notifySms: false, notifyEmail: false });
    const rows = (await logged(caseId)).filter((r) => r.action === 'case.notification_settings');
    expect(rows).toMatchObject([
      { actorId: null, entityType: 'case', before: { sms: true, email: true }, after: { sms: false, email: true, via: 'case_password' } },
      { actorId: anna.id, actorRole: 'applicant', clientAddress: '192.0.2.44', before: { sms: false, email: true }, after: { sms: false, email: false, via: 'account' } },
    ]);
    for (const p of ['olena@example.com', '+48600700800', 'Olena', 'anna@example.com']) expect(JSON.stringify(rows.map((r) => [r.before, r.after]))).not.toContain(p);
  });

  it('changes and logs nothing for a case that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await changeNotificationSettings(h.db, anna, missing, { sms: true, email: true });
    expect(await logged(missing)).toEqual([]);
  });
});

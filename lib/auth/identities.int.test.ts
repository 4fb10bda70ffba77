import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { auditLog, userIdentities, users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from './actor';
import { hashPassword } from './password';
import { listOwnIdentities, unlinkIdentity } from './identities';

const ISSUER = 'https://login.example.gov.pl/realms/pobyt';

describe.each(testDatabases)('unlinking external sign-ins on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => h?.close());

  async function accountWith(email: string, password: string | null, subjects: string[]): Promise<Actor> {
    const [u] = await h.db.insert(users).values({ email, role: 'applicant', passwordHash: password ? await hashPassword(password) : null }).returning();
    for (const subject of subjects) await h.db.insert(userIdentities).values({ userId: u!.id, issuer: ISSUER, subject });
    return { id: u!.id, role: 'applicant', email, clientAddress: '198.51.100.20' };
  }

  it('lists only the caller’s own identities, and never unlinks someone else’s', async () => {
    const anna = await accountWith('anna.ids@example.com', 'haslo-anny-2026', ['sub-anna']);
    const jan = await accountWith('jan.ids@example.com', 'haslo-jana-2026', ['sub-jan']);
    const [annaIdentity] = await listOwnIdentities(h.db, anna);
    expect((await listOwnIdentities(h.db, jan)).map((i) => i.id)).not.toContain(annaIdentity!.id);
    expect(await unlinkIdentity(h.db, jan, annaIdentity!.id, 'haslo-jana-2026')).toEqual({ ok: false, formError: 'not_found' });
    expect(await listOwnIdentities(h.db, anna)).toHaveLength(1);
  });

  it('asks for the password when the account has one, refuses a wrong one, and audits the unlink', async () => {
    const olena = await accountWith('olena.ids@example.com', 'haslo-oleny-2026', ['sub-olena']);
    const [identity] = await listOwnIdentities(h.db, olena);
    expect(await unlinkIdentity(h.db, olena, identity!.id, undefined)).toEqual({ ok: false, fieldErrors: { password: 'required' } });
    expect(await unlinkIdentity(h.db, olena, identity!.id, 'zle-haslo-oleny')).toEqual({ ok: false, fieldErrors: { password: 'password_wrong' } });
    expect(await listOwnIdentities(h.db, olena)).toHaveLength(1);
    expect(await unlinkIdentity(h.db, olena, identity!.id, 'haslo-oleny-2026')).toEqual({ ok: true });
    expect(await listOwnIdentities(h.db, olena)).toEqual([]);
    const [row] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'account.oidc_unlink'));
    expect(row).toMatchObject({ actorId: olena.id, entityId: olena.id, before: { issuer: ISSUER, subject: 'sub-olena' } });
  });

  it('without a password, unlinks only while another identity remains', async () => {
    const ivan = await accountWith('ivan.ids@example.com', null, ['sub-ivan-1', 'sub-ivan-2']);
    const [first, second] = await listOwnIdentities(h.db, ivan);
    expect(await unlinkIdentity(h.db, ivan, first!.id, undefined)).toEqual({ ok: true });
    expect(await unlinkIdentity(h.db, ivan, second!.id, undefined)).toEqual({ ok: false, formError: 'identity_last_way' });
    expect(await listOwnIdentities(h.db, ivan)).toHaveLength(1);
  });

  it('counts wrong passwords like sign-in attempts', async () => {
    const maria = await accountWith('maria.ids@example.com', 'haslo-marii-2026', ['sub-maria']);
    const [identity] = await listOwnIdentities(h.db, maria);
    for (let i = 0; i < 5; i++) await unlinkIdentity(h.db, maria, identity!.id, `zle-${i}`);
    expect(await unlinkIdentity(h.db, maria, identity!.id, 'haslo-marii-2026')).toEqual({ ok: false, formError: 'account_locked' });
    expect(await listOwnIdentities(h.db, maria)).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from './actor';
import { ABSOLUTE_LIFETIME_SECONDS, recheckSession, stampAtSignIn } from './session-state';
import { setStaffDisabled, setStaffRole } from './staff-accounts';
import { changePassword } from './accounts';
import { hashPassword } from './password';
import { registerCase, reissueCasePassword } from '@/lib/cases/registration';

describe.each(testDatabases)('sessions that can be ended on $name', ({ open }) => {
  let h: DbHandle;
  let admin: Actor;
  const mk = async (email: string, role: Actor['role'], extra: object = {}) => {
    const [u] = await h.db.insert(users).values({ email, role, ...extra }).returning();
    return { id: u!.id, role, email } as Actor;
  };
  beforeAll(async () => {
    h = await open();
    admin = await mk('admin@duw.test', 'admin');
  });
  afterAll(async () => h?.close());

  it('ends a clerk session when an admin disables the account, and refuses the admin disabling themselves', async () => {
    const clerk = await mk('clerk1@duw.test', 'clerk');
    const stamp = await stampAtSignIn(h.db, { uid: clerk.id, role: 'clerk' });
    expect(await recheckSession(h.db, stamp)).toMatchObject({ uid: clerk.id, role: 'clerk' });
    expect(await setStaffDisabled(h.db, admin, clerk.id, true)).toEqual({ ok: true });
    expect(await recheckSession(h.db, stamp)).toBeNull();
    expect(await setStaffDisabled(h.db, admin, clerk.id, false)).toEqual({ ok: true });
    // Enabling again does not revive the old session: the version was raised.
    expect(await recheckSession(h.db, stamp)).toBeNull();
    expect(await recheckSession(h.db, await stampAtSignIn(h.db, { uid: clerk.id, role: 'clerk' }))).not.toBeNull();
    expect(await setStaffDisabled(h.db, admin, admin.id, true)).toEqual({ ok: false, formError: 'not_yourself' });
    expect(await setStaffDisabled(h.db, clerk, admin.id, true)).toEqual({ ok: false, formError: 'forbidden' });
  });

  it('ends the session on a role change and on a password change', async () => {
    const clerk = await mk('clerk2@duw.test', 'clerk');
    const s1 = await stampAtSignIn(h.db, { uid: clerk.id, role: 'clerk' });
    expect(await setStaffRole(h.db, admin, clerk.id, 'reception')).toEqual({ ok: true });
    expect(await recheckSession(h.db, s1)).toBeNull();
    const s2 = await stampAtSignIn(h.db, { uid: clerk.id, role: 'reception' });
    expect(await recheckSession(h.db, s2)).toMatchObject({ role: 'reception' });

    const anna = await mk('anna@example.com', 'applicant', { passwordHash: await hashPassword('stare-haslo-anny-1'), emailVerifiedAt: new Date() });
    const s3 = await stampAtSignIn(h.db, { uid: anna.id, role: 'applicant' });
    expect(await changePassword(h.db, anna, 'stare-haslo-anny-1', 'nowe-haslo-anny-22')).toEqual({ ok: true });
    expect(await recheckSession(h.db, s3)).toBeNull();
  });

  it('ends a session after its absolute lifetime whatever the activity', async () => {
    const clerk = await mk('clerk3@duw.test', 'clerk');
    const signIn = Date.now();
    const s = await stampAtSignIn(h.db, { uid: clerk.id, role: 'clerk' }, signIn);
    expect(await recheckSession(h.db, s, signIn + (ABSOLUTE_LIFETIME_SECONDS.staff - 60) * 1000)).not.toBeNull();
    expect(await recheckSession(h.db, s, signIn + (ABSOLUTE_LIFETIME_SECONDS.staff + 1) * 1000)).toBeNull();
  });

  it('ends a case holder session when reception reissues the case password', async () => {
    const reception = await mk('rec@duw.test', 'reception');
    const reg = await registerCase(h.db, reception, { formNumber: 1, applicantName: 'OLENA K', notifyConsent: false, locale: 'uk' });
    if (!reg.ok) throw new Error();
    const s = await stampAtSignIn(h.db, { uid: `case:${reg.caseId}`, role: 'case_holder', caseId: reg.caseId });
    expect(await recheckSession(h.db, s)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    expect((await reissueCasePassword(h.db, reception, reg.caseId)).ok).toBe(true);
    // The reissue itself drops this instance's cached state (other instances follow within 30 s).
    expect(await recheckSession(h.db, s)).toBeNull();
  });
});

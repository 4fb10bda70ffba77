import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { emailTokens, users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { authenticate, resetPassword } from './accounts';
import { createAdminWithLink } from './admin-create';

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

describe.each(testDatabases)('npm run admin:create ($name)', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  it('makes an admin without a password whose link sets one exactly once', async () => {
    const made = await createAdminWithLink(handle.db, { email: ' Admin@Office.gov.pl ', name: 'Anna Nowak' }, 'https://pobyt.office.gov.pl/');
    if (!made.ok) throw new Error(made.code);
    expect(made.link).toMatch(/^https:\/\/pobyt\.office\.gov\.pl\/pl\/reset-password\?first=1&token=/);
    const [user] = await handle.db.select().from(users).where(eq(users.id, made.userId));
    expect(user).toMatchObject({ email: 'admin@office.gov.pl', role: 'admin', displayName: 'Anna Nowak', passwordHash: null });
    expect((await authenticate(handle.db, 'admin@office.gov.pl', 'anything-at-all', null)).ok).toBe(false);

    const token = tokenOf(made.link);
    const [stored] = await handle.db
      .select({ hash: emailTokens.tokenHash, ttl: sql<number>`extract(epoch from ${emailTokens.expiresAt} - ${emailTokens.createdAt})::int` })
      .from(emailTokens)
      .where(eq(emailTokens.userId, made.userId));
    expect(stored!.hash).not.toBe(token);
    expect(stored!.hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(Number(stored!.ttl)).toBe(24 * 3600);

    expect(await resetPassword(handle.db, token, 'Brzozowa-Aleja-Sowa-42')).toEqual({ ok: true });
    expect((await authenticate(handle.db, 'admin@office.gov.pl', 'Brzozowa-Aleja-Sowa-42', null)).ok).toBe(true);
    expect(await resetPassword(handle.db, token, 'Inne-Haslo-Zupelnie-77')).toEqual({ ok: false, formError: 'token_used' });
  });

  it('refuses the link after 24 hours', async () => {
    const made = await createAdminWithLink(handle.db, { email: 'late@office.gov.pl' }, 'http://localhost:3000');
    if (!made.ok) throw new Error(made.code);
    // As if 24 hours and a second had passed since the link was made.
    await handle.db
      .update(emailTokens)
      .set({ createdAt: sql`${emailTokens.createdAt} - interval '24 hours 1 second'`, expiresAt: sql`${emailTokens.expiresAt} - interval '24 hours 1 second'` })
      .where(eq(emailTokens.userId, made.userId));
    expect(await resetPassword(handle.db, tokenOf(made.link), 'Brzozowa-Aleja-Sowa-42')).toEqual({ ok: false, formError: 'token_expired' });
    const [user] = await handle.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, made.userId));
    expect(user!.passwordHash).toBeNull();
  });

  it('changes nothing for a taken or invalid address', async () => {
    expect(await createAdminWithLink(handle.db, { email: 'admin@office.gov.pl' }, 'http://localhost:3000')).toEqual({ ok: false, code: 'email_taken' });
    expect(await createAdminWithLink(handle.db, { email: 'not-an-address' }, 'http://localhost:3000')).toEqual({ ok: false, code: 'email_invalid' });
    expect((await handle.db.select({ id: users.id }).from(users)).length).toBe(2);
  });
});

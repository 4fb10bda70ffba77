import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailTokens } from '@/db/schema';

export type TokenPurpose = (typeof emailTokens.$inferInsert)['purpose'];

export const TOKEN_TTL_SECONDS: Record<TokenPurpose, number> = {
  verify_email: 48 * 3600,
  reset_password: 3600,
};

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Issues a single-use token; only its hash is stored. Earlier unused tokens of the same purpose stop working. */
export async function issueEmailToken(
  db: DbOrTx,
  userId: string,
  purpose: TokenPurpose,
  ttlSeconds = TOKEN_TTL_SECONDS[purpose],
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
  await db.insert(emailTokens).values({
    userId,
    purpose,
    tokenHash: sha256(token),
    expiresAt: sql`now() + make_interval(secs => ${ttlSeconds})`,
  });
  return token;
}

export type ConsumeResult = { ok: true; userId: string } | { ok: false; code: 'token_invalid' | 'token_expired' | 'token_used' };

/** Whether the token could be consumed now, without using it: lets callers skip costly work (a password hash) for a dead link. */
export async function tokenUsable(db: DbOrTx, token: string, purpose: TokenPurpose): Promise<boolean> {
  const [row] = await db
    .select({ id: emailTokens.id })
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, sha256(token)), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), sql`${emailTokens.expiresAt} > now()`));
  return Boolean(row);
}

/** Marks the token used in the same statement that checks it, so two clicks cannot both succeed. */
export async function consumeEmailToken(db: DbOrTx, token: string, purpose: TokenPurpose): Promise<ConsumeResult> {
  const hash = sha256(token);
  const [used] = await db
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(emailTokens.tokenHash, hash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        sql`${emailTokens.expiresAt} > now()`,
      ),
    )
    .returning({ userId: emailTokens.userId });
  if (used) return { ok: true, userId: used.userId };
  const [row] = await db
    .select({ usedAt: emailTokens.usedAt })
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, hash), eq(emailTokens.purpose, purpose)));
  if (!row) return { ok: false, code: 'token_invalid' };
  return { ok: false, code: row.usedAt ? 'token_used' : 'token_expired' };
}

import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { enquiryTokens } from '@/db/schema';

// A link stays usable while an item may still be discussed; every new e-mail brings a new one.
const TOKEN_TTL_DAYS = 365;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A new link token for `enquiryId`; only its hash is stored. */
export async function issueEnquiryToken(db: DbOrTx, enquiryId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(enquiryTokens).values({ tokenHash: sha256(token), enquiryId, expiresAt: sql`now() + make_interval(days => ${TOKEN_TTL_DAYS})` });
  return token;
}

/** The item a token opens, or null for an unknown or expired token (both look the same to the caller). */
export async function enquiryIdForToken(db: DbOrTx, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ enquiryId: enquiryTokens.enquiryId })
    .from(enquiryTokens)
    .where(and(eq(enquiryTokens.tokenHash, sha256(token)), sql`${enquiryTokens.expiresAt} > now()`));
  return row?.enquiryId ?? null;
}

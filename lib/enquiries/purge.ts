import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { enquiries } from '@/db/schema';
import { CONFIRM_DAYS } from './sender';

/**
 * Messages whose sender never confirmed the address can no longer be confirmed
 * after CONFIRM_DAYS; nobody at the office has seen them, so they are deleted
 * (their messages and links go with them) instead of being kept without purpose.
 */
export async function purgeUnconfirmedEnquiries(db: DbOrTx): Promise<number> {
  const gone = await db
    .delete(enquiries)
    .where(and(eq(enquiries.status, 'unconfirmed'), lt(enquiries.createdAt, sql`now() - make_interval(days => ${CONFIRM_DAYS})`)))
    .returning({ id: enquiries.id });
  return gone.length;
}

import 'server-only';
import type { DbOrTx } from '@/db/client';
import { isLinked } from './holder';

export type CaseSessionInfo = { caseId: string | null; userId: string | null };

/**
 * Which case a holder-side action may touch: a case-number session acts only
 * on its own case, whatever id the request names; an account only on a case it
 * linked. Anything else gets null, answered as "not found".
 */
export async function caseForHolderAction(db: DbOrTx, session: CaseSessionInfo, requested: string | undefined): Promise<string | null> {
  if (session.caseId) return session.caseId;
  if (session.userId && requested && (await isLinked(db, session.userId, requested))) return requested;
  return null;
}

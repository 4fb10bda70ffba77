import 'server-only';
import { cookies } from 'next/headers';
import { z } from '@/lib/zod';
import { authSecret } from '@/lib/auth/secret';
import { config } from '@/lib/config';
import { seal, unseal } from '@/lib/security/sealed';

/**
 * The first letter can be printed again for a short while by the clerk who
 * registered the case (or reception who issued the new password), in the same
 * browser: a reload before printing must not lose it. The password travels
 * only sealed in that browser's HttpOnly cookie, never in the database.
 */
export const LETTER_WINDOW_SECONDS = 15 * 60;
const PURPOSE = 'pobyt first letter reprint v1';
const schema = z.object({ caseId: z.string().uuid(), staffId: z.string().uuid(), password: z.string().min(1).max(40), exp: z.number().int() });

export type LetterWindow = { caseId: string; staffId: string; password: string; until: Date };

const cookieName = () => (config().appUrl.startsWith('https:') ? '__Host-pobyt.letter' : 'pobyt.letter');

export function sealLetterWindow(w: Omit<LetterWindow, 'until'>, secret: string, now = Date.now()): string {
  return seal(PURPOSE, w, LETTER_WINDOW_SECONDS, secret, now);
}

export function openLetterWindow(token: string | null | undefined, secret: string, now = Date.now()): LetterWindow | null {
  const p = unseal(PURPOSE, schema, token, secret, now);
  return p ? { caseId: p.caseId, staffId: p.staffId, password: p.password, until: new Date(p.exp * 1000) } : null;
}

/** Called by the action that just issued the password. */
export async function openWindowFor(caseId: string, staffId: string, password: string) {
  (await cookies()).set(cookieName(), sealLetterWindow({ caseId, staffId, password }, authSecret()), {
    httpOnly: true,
    sameSite: 'strict',
    secure: config().appUrl.startsWith('https:'),
    path: '/',
    maxAge: LETTER_WINDOW_SECONDS,
  });
}

/** The window for this case and this staff member, or null. */
export async function letterWindowFor(caseId: string, staffId: string): Promise<LetterWindow | null> {
  const w = openLetterWindow((await cookies()).get(cookieName())?.value, authSecret());
  return w && w.caseId === caseId && w.staffId === staffId ? w : null;
}

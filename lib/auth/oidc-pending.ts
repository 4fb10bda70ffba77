import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from '@/lib/zod';
import type { PendingLink } from './oidc';

/** Long enough to find the password, short enough that a forgotten tab cannot link later. */
export const PENDING_LINK_TTL_SECONDS = 10 * 60;

// Its own key, derived from the app secret: a session token can never pass for a pending link or back.
const PURPOSE = 'pobyt oidc pending link v1';
const keyFor = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'pobyt', PURPOSE, 32));

const payloadSchema = z.object({
  issuer: z.string().min(1).max(500),
  subject: z.string().min(1).max(255),
  userId: z.string().uuid(),
  email: z.string().min(3).max(254),
  exp: z.number().int(),
});

/** AES-256-GCM: the person cannot read which account was matched, nor change it. */
export function sealPendingLink(pending: PendingLink, secret: string, now = Date.now()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret), iv);
  cipher.setAAD(Buffer.from(PURPOSE));
  const body = JSON.stringify({ ...pending, exp: Math.floor(now / 1000) + PENDING_LINK_TTL_SECONDS });
  const sealed = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** Null for anything forged, altered, expired or malformed. */
export function openPendingLink(token: string | null | undefined, secret: string, now = Date.now()): PendingLink | null {
  if (!token || token.length > 4000) return null;
  try {
    const raw = Buffer.from(token, 'base64url');
    if (raw.length < 12 + 16 + 1) return null;
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(PURPOSE));
    decipher.setAuthTag(raw.subarray(12, 28));
    const body = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const parsed = payloadSchema.safeParse(JSON.parse(body));
    if (!parsed.success || parsed.data.exp * 1000 <= now) return null;
    const { issuer, subject, userId, email } = parsed.data;
    return { issuer, subject, userId, email };
  } catch {
    return null;
  }
}

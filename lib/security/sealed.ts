import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { z } from '@/lib/zod';

// Each purpose has its own key, derived from the app secret: what is sealed for one
// purpose (a pending identity link, a sign-up link, a letter to reprint) never opens for another.
const keyFor = (secret: string, purpose: string) => Buffer.from(hkdfSync('sha256', secret, 'pobyt', purpose, 32));

/** AES-256-GCM with an expiry inside: the holder can neither read nor change what was sealed. */
export function seal(purpose: string, payload: object, ttlSeconds: number, secret: string, now = Date.now()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = JSON.stringify({ ...payload, exp: Math.floor(now / 1000) + ttlSeconds });
  const sealed = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** Null for anything forged, altered, expired, malformed or sealed for another purpose. */
export function unseal<T extends { exp: number }>(purpose: string, schema: z.ZodType<T>, token: string | null | undefined, secret: string, now = Date.now()): T | null {
  if (!token || token.length > 4000) return null;
  try {
    const raw = Buffer.from(token, 'base64url');
    if (raw.length < 12 + 16 + 1) return null;
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(raw.subarray(12, 28));
    const body = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const parsed = schema.safeParse(JSON.parse(body));
    return parsed.success && parsed.data.exp * 1000 > now ? parsed.data : null;
  } catch {
    return null;
  }
}

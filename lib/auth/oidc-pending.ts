import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from '@/lib/zod';
import type { PendingLink } from './oidc';

/** Long enough to find the password, short enough that a forgotten tab cannot link later. */
export const PENDING_LINK_TTL_SECONDS = 10 * 60;
/** As long as an e-mail verification link. */
export const PENDING_SIGNUP_TTL_SECONDS = 48 * 3600;

// Each purpose has its own key, derived from the app secret: a session token can never
// pass for a pending link, nor a pending link for an e-mailed sign-up link, or back.
const LINK_PURPOSE = 'pobyt oidc pending link v1';
const SIGNUP_PURPOSE = 'pobyt oidc signup v1';
const keyFor = (secret: string, purpose: string) => Buffer.from(hkdfSync('sha256', secret, 'pobyt', purpose, 32));

/** AES-256-GCM: the holder can neither read nor change what was sealed. */
function seal(purpose: string, payload: object, ttlSeconds: number, secret: string, now: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = JSON.stringify({ ...payload, exp: Math.floor(now / 1000) + ttlSeconds });
  const sealed = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** Null for anything forged, altered, expired or malformed. */
function open<T extends { exp: number }>(purpose: string, schema: z.ZodType<T>, token: string | null | undefined, secret: string, now: number): T | null {
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

const linkSchema = z.object({
  issuer: z.string().min(1).max(500),
  subject: z.string().min(1).max(255),
  userId: z.string().uuid(),
  email: z.string().min(3).max(254),
  exp: z.number().int(),
});

/** The person cannot read which account was matched, nor change it. */
export function sealPendingLink(pending: PendingLink, secret: string, now = Date.now()): string {
  return seal(LINK_PURPOSE, pending, PENDING_LINK_TTL_SECONDS, secret, now);
}

export function openPendingLink(token: string | null | undefined, secret: string, now = Date.now()): PendingLink | null {
  const p = open(LINK_PURPOSE, linkSchema, token, secret, now);
  return p ? { issuer: p.issuer, subject: p.subject, userId: p.userId, email: p.email } : null;
}

/** What a first sign-in with an e-mail the provider did not confirm leaves for Pobyt's own confirmation link. */
export type PendingSignup = { issuer: string; subject: string; email: string; name: string | null; locale: 'pl' | 'en' | 'ru' | 'uk' };

const signupSchema = z.object({
  issuer: z.string().min(1).max(500),
  subject: z.string().min(1).max(255),
  email: z.string().min(3).max(254),
  name: z.string().max(200).nullable(),
  locale: z.enum(['pl', 'en', 'ru', 'uk']),
  exp: z.number().int(),
});

/** The e-mailed link cannot be altered to another address or identity. */
export function sealPendingSignup(signup: PendingSignup, secret: string, now = Date.now()): string {
  return seal(SIGNUP_PURPOSE, signup, PENDING_SIGNUP_TTL_SECONDS, secret, now);
}

export function openPendingSignup(token: string | null | undefined, secret: string, now = Date.now()): PendingSignup | null {
  const p = open(SIGNUP_PURPOSE, signupSchema, token, secret, now);
  return p ? { issuer: p.issuer, subject: p.subject, email: p.email, name: p.name, locale: p.locale } : null;
}

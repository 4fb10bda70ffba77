import { z } from '@/lib/zod';
import { seal, unseal } from '@/lib/security/sealed';
import type { PendingLink } from './oidc';

/** Long enough to find the password, short enough that a forgotten tab cannot link later. */
export const PENDING_LINK_TTL_SECONDS = 10 * 60;
/** As long as an e-mail verification link. */
export const PENDING_SIGNUP_TTL_SECONDS = 48 * 3600;

// Sealed each with its own purpose, so a session token, a pending link and an e-mailed sign-up link never pass for one another.
const LINK_PURPOSE = 'pobyt oidc pending link v1';
const SIGNUP_PURPOSE = 'pobyt oidc signup v1';

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
  const p = unseal(LINK_PURPOSE, linkSchema, token, secret, now);
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
  const p = unseal(SIGNUP_PURPOSE, signupSchema, token, secret, now);
  return p ? { issuer: p.issuer, subject: p.subject, email: p.email, name: p.name, locale: p.locale } : null;
}

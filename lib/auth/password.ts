import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';

// OWASP's Password Storage Cheat Sheet (2025): scrypt N=2^17, r=8, p=1 — 128 MiB and
// about 0.4 s per hash here. Node runs scrypt on its 4 libuv threads, so at most
// four run at once; sign-in attempts are reserved before hashing (rate-limit.ts).
const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const MAX_MEMORY = 256 * 1024 * 1024;
const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keylen, { ...opts, maxmem: MAX_MEMORY }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) {
    // Spend the same time as a real check, so timing does not reveal which accounts exist.
    await hashPassword(password);
    return false;
  }
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True for a hash made with older, cheaper parameters: sign-in then re-hashes the proven password. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) < PARAMS.N || Number(r) < PARAMS.r || Number(p) < PARAMS.p;
}

export { MIN_PASSWORD_LENGTH } from './password-rules';

const common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/** Passwords that attackers try first: a published list, plus a few obvious local ones. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (common.has(lower)) return true;
  if (/^(.)\1+$/.test(lower)) return true; // "aaaaaaaaaaaa"
  const stripped = lower.replace(/[\d!@#$%^&*.]+$/, '');
  return stripped.length >= 4 && ['password', 'haslo', 'hasło', 'qwerty', 'pobyt', 'karta pobytu', 'kartapobytu'].includes(stripped);
}

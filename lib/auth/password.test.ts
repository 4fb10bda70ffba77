import { describe, expect, it } from 'vitest';
import { scryptSync, randomBytes } from 'node:crypto';
import { hashPassword, isCommonPassword, needsRehash, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(hash).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
  });

  it('still verifies hashes made at the old cost, and asks for them to be re-hashed', async () => {
    const salt = randomBytes(16);
    const old = ['scrypt', 32768, 8, 1, salt.toString('base64'), scryptSync('old but right', salt, 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString('base64')].join('$');
    expect(await verifyPassword('old but right', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('new and right'))).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password here')).not.toBe(await hashPassword('same password here'));
  });

  it('rejects a missing or malformed stored hash', async () => {
    expect(await verifyPassword('anything at all', null)).toBe(false);
    expect(await verifyPassword('anything at all', 'md5$abc')).toBe(false);
  });
});

describe('common passwords', () => {
  it('flags passwords from the published list, case-insensitively', () => {
    expect(isCommonPassword('qwerty123456')).toBe(true);
    expect(isCommonPassword('1Q2W3E4R5T6Y')).toBe(true);
    expect(isCommonPassword('password1234')).toBe(true);
    expect(isCommonPassword('aaaaaaaaaaaa')).toBe(true);
  });

  it('accepts an uncommon passphrase', () => {
    expect(isCommonPassword('zielony-most-nad-odra')).toBe(false);
  });
});

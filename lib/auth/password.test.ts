import { describe, expect, it } from 'vitest';
import { hashPassword, isCommonPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
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

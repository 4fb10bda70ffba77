import { resetConfigForTests } from '@/lib/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { createChallenge, checkSolution, spendSolution } from './pow';
import { solveChallenge } from './pow-solver';
import { testDatabases } from '@/test/db';

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = 'test-secret-for-the-proof-of-work-0123456789';
  process.env.POW_MAX_NUMBER = '2000';
  resetConfigForTests();
});

const decode = (p: string) => JSON.parse(Buffer.from(p, 'base64').toString());
const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64');

describe.each(testDatabases)('spending a proof of work on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(() => h.close());

  it('accepts a solved challenge once and refuses its replay', async () => {
    const payload = (await solveChallenge(createChallenge('booking')))!;
    expect(payload).toBeTruthy();
    expect(await spendSolution(h.db, payload, 'booking')).toBeNull();
    expect(await spendSolution(h.db, payload, 'booking')).toBe('pow_replayed');
  });

  it('refuses a solution solved for another action, and leaves it unspent', async () => {
    const payload = (await solveChallenge(createChallenge('enquiry')))!;
    expect(await spendSolution(h.db, payload, 'booking')).toBe('pow_invalid');
    expect(await spendSolution(h.db, payload, 'account')).toBe('pow_invalid');
    expect(await spendSolution(h.db, payload, 'enquiry')).toBeNull();
  });
});

describe('proof of work', () => {

  it('refuses a wrong number, a forged signature and garbage', async () => {
    const payload = (await solveChallenge(createChallenge('booking')))!;
    const s = decode(payload);
    expect(checkSolution(encode({ ...s, number: s.number + 1 }), 'booking')).toEqual({ ok: false, error: 'pow_invalid' });
    expect(checkSolution(encode({ ...s, signature: 'a'.repeat(64) }), 'booking')).toEqual({ ok: false, error: 'pow_invalid' });
    // A challenge made up by the client (its own salt and hash) has no valid signature.
    expect(checkSolution(encode({ ...s, salt: 'x?expires=9999999999&action=booking&', challenge: 'b'.repeat(64) }), 'booking')).toEqual({ ok: false, error: 'pow_invalid' });
    expect(checkSolution('not base64 json', 'booking')).toEqual({ ok: false, error: 'pow_invalid' });
  });

  it('refuses a salt edited to another action (the signature covers it)', async () => {
    const s = decode((await solveChallenge(createChallenge('enquiry')))!);
    expect(checkSolution(encode({ ...s, salt: s.salt.replace('action=enquiry', 'action=booking') }), 'booking')).toEqual({ ok: false, error: 'pow_invalid' });
  });

  it('refuses an expired challenge', async () => {
    const payload = (await solveChallenge(createChallenge('booking', Date.now() - 11 * 60_000)))!;
    expect(checkSolution(payload, 'booking')).toEqual({ ok: false, error: 'pow_expired' });
  });
});

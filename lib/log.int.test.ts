import { afterEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { testDatabases } from '@/test/db';
import { log, sanitizeError } from './log';

describe.each(testDatabases)('sanitised error logging ($name)', (factory) => {
  afterEach(() => vi.restoreAllMocks());

  it('a real Drizzle query error is logged without its parameters', async () => {
    const handle = await factory.open();
    try {
      await handle.db.execute(sql`create table t_log (passport text primary key, name text not null)`);
      await handle.db.execute(sql`insert into t_log values (${'EX1234567'}, ${'OHOTNIKOVA'})`);
      const err = await handle.db.execute(sql`insert into t_log values (${'EX1234567'}, ${'OHOTNIKOVA'})`).then(() => null, (e: unknown) => e);
      expect(String((err as Error).message)).toContain('EX1234567'); // the raw error does carry them
      const lines: string[] = [];
      vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => (lines.push(String(c)), true));
      log.error('Insert failed', err);
      expect(lines).toHaveLength(1);
      const line = lines[0]!;
      expect(line).not.toContain('EX1234567');
      expect(line).not.toContain('OHOTNIKOVA');
      expect(line).not.toMatch(/params/i);
      const parsed = JSON.parse(line);
      expect(parsed).toMatchObject({ level: 'error', msg: 'Insert failed' });
      expect(JSON.stringify(sanitizeError(err))).toContain('23505'); // unique violation code is kept
    } finally {
      await handle.close();
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDb, migrateDb, type DbHandle } from './client';
import { DataFolderInUseError } from './lock';
import { locations, users } from './schema';
import { seed } from './seed/seed';
import { demoAccounts } from './seed/demo-accounts';
import { testDatabases } from '@/test/db';

describe.each(testDatabases)('database module on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => handle?.close());

  it('has every table after migrating, and migrating again is a no-op', async () => {
    await migrateDb(handle);
    const rows = await handle.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rows.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['users', 'email_tokens', 'rate_limits', 'audit_log', 'locations', 'location_hours']),
    );
  });

  it('seeds idempotently: one account per role and the four DUW locations', async () => {
    const first = await seed(handle.db);
    const second = await seed(handle.db);
    expect(first).toMatchObject({ accounts: demoAccounts.length, locations: 4 });
    expect(first.pages).toBeGreaterThan(0);
    // The demo office is built only when asked for (db/seed/demo-office.int.test.ts).
    expect(second).toEqual({ accounts: 0, locations: 0, pages: 0, office: null });
    const roles = (await handle.db.select({ role: users.role }).from(users)).map((r) => r.role).sort();
    expect(roles).toEqual(['admin', 'applicant', 'clerk', 'employer', 'reception']);
    const cities = (await handle.db.select({ city: locations.city }).from(locations)).map((r) => r.city).sort();
    expect(cities).toEqual(['Jelenia Góra', 'Legnica', 'Wałbrzych', 'Wrocław']);
    // Two full seeds, eight weeks of slots each time: slow on a busy machine.
  }, 180_000);

  it('refuses a second account with the same e-mail at the database level', async () => {
    await handle.db.insert(users).values({ email: 'dup@example.com', role: 'applicant' });
    await expect(handle.db.insert(users).values({ email: 'dup@example.com', role: 'employer' })).rejects.toThrow();
  });
});

describe('embedded database folder', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pobyt-lock-')), 'pglite');

  it('keeps data across a restart', async () => {
    const a = await openDb({ pgliteDir: dir });
    await migrateDb(a);
    await a.db.insert(users).values({ email: 'persist@example.com', role: 'applicant' });
    await a.close();
    const b = await openDb({ pgliteDir: dir });
    const rows = await b.db.select().from(users);
    expect(rows.map((r) => r.email)).toEqual(['persist@example.com']);
    await b.close();
  });

  it('refuses to open a folder that another live process holds', async () => {
    // A lock file naming a live process other than us (our parent) must stop us.
    fs.writeFileSync(`${dir}.lock`, String(process.ppid));
    await expect(openDb({ pgliteDir: dir })).rejects.toThrow(DataFolderInUseError);
    await expect(openDb({ pgliteDir: dir })).rejects.toThrow(/already open in process/);
    fs.unlinkSync(`${dir}.lock`);
  });

  it('takes over a lock left by a process that has exited', async () => {
    fs.writeFileSync(`${dir}.lock`, '999999999');
    const h = await openDb({ pgliteDir: dir });
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    await h.close();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});

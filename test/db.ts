import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDb, migrateDb, type DbHandle } from '@/db/client';

export type TestDbFactory = { name: 'pglite' | 'postgres'; open: () => Promise<DbHandle> };

const pgUrl = process.env.TEST_DATABASE_URL;

if (!pgUrl) {
  if (process.env.CI) throw new Error('TEST_DATABASE_URL must be set in CI: PostgreSQL integration tests may not be skipped.');
  console.warn('\n*** TEST_DATABASE_URL is not set: PostgreSQL integration tests are SKIPPED (PGlite only). ***\n');
}

/** A fresh PostgreSQL database per call, dropped on close. */
async function openPostgres(): Promise<DbHandle> {
  const name = `pobyt_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  const handle = await openDb({ url: url.toString() });
  await migrateDb(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const a = new Client({ connectionString: pgUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

async function openPglite(): Promise<DbHandle> {
  const handle = await openDb({ pgliteDir: 'memory://' });
  await migrateDb(handle);
  return handle;
}

/** The databases every integration test runs against. */
export const testDatabases: TestDbFactory[] = [
  { name: 'pglite', open: openPglite },
  ...(pgUrl ? [{ name: 'postgres' as const, open: openPostgres }] : []),
];

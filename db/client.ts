import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import * as schema from './schema';
import { acquireFolderLock } from './lock';
import { config } from '@/lib/config';
import { log } from '@/lib/log';

/** Both drivers expose the same query API; we type them as one. */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

export type DbHandle = { db: Db; kind: 'pglite' | 'postgres'; pool?: Pool; url?: string; close: () => Promise<void> };

/** Opens a database without migrating: PostgreSQL for a URL, else PGlite at `dir`. */
export async function openDb(target: { url: string } | { pgliteDir: string }): Promise<DbHandle> {
  if ('url' in target) {
    const pool = new Pool({ connectionString: target.url, max: 10 });
    let closing = false;
    // An idle connection that breaks (a server restart) must not crash the process; the pool replaces it.
    pool.on('error', (e) => {
      if (!closing) log.error('PostgreSQL connection lost', e);
    });
    return {
      db: drizzlePg({ client: pool, schema }),
      kind: 'postgres',
      pool,
      url: target.url,
      close: () => {
        closing = true;
        return pool.end();
      },
    };
  }
  const dir = target.pgliteDir;
  let release = () => {};
  if (!dir.startsWith('memory://')) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    release = acquireFolderLock(dir);
    fs.mkdirSync(dir, { recursive: true });
  }
  const client = new PGlite(dir);
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      release();
    },
  };
}

export async function migrateDb(handle: DbHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder });
    return;
  }
  // Several instances may start together: let one migrate at a time, on one connection.
  const client = await handle.pool!.connect();
  try {
    await client.query('select pg_advisory_lock(72766201)');
    await migratePg(drizzlePg({ client, schema }), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock(72766201)').catch(() => {});
    client.release();
  }
}

const globalForDb = globalThis as unknown as { pobytDb?: Promise<DbHandle> };

/** The process's database, opened once and migrated (a dev reload keeps it). */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.pobytDb ??= (async () => {
    const cfg = config();
    const handle = await openDb(cfg.DATABASE_URL ? { url: cfg.DATABASE_URL } : { pgliteDir: cfg.pgliteDir });
    await migrateDb(handle);
    return handle;
  })().catch((e: unknown) => {
    globalForDb.pobytDb = undefined;
    throw e;
  });
  return globalForDb.pobytDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { acquireFolderLock } from './lock';

/** Why a backup or restore was refused; `code` names the case, the message says what to do. */
export class BackupError extends Error {
  constructor(
    readonly code: 'not_empty' | 'not_a_backup' | 'no_database' | 'exists',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

const isEmptyDir = (dir: string) => !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;

/**
 * Writes the embedded database at `pgliteDir` to `file`: PGlite's own dump of
 * its data folder (a gzipped tar). It takes the folder's lock, so it refuses
 * while the server has the database open — a copy of a live folder can be torn.
 */
export async function backupEmbedded(pgliteDir: string, file: string): Promise<{ bytes: number }> {
  if (!fs.existsSync(path.join(pgliteDir, 'PG_VERSION'))) throw new BackupError('no_database', `There is no embedded database in ${pgliteDir}.`);
  if (fs.existsSync(file)) throw new BackupError('exists', `${file} already exists; choose another file name (an old backup is never overwritten).`);
  const release = acquireFolderLock(pgliteDir);
  try {
    const client = new PGlite(pgliteDir);
    try {
      // dumpDataDir before the database is up never resolves.
      await client.waitReady;
      // PGlite's own gzip (a CompressionStream) stalls on a full-size folder; zlib does not.
      const dump = await client.dumpDataDir('none');
      const bytes = gzipSync(Buffer.from(await dump.arrayBuffer()));
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      // Written aside and renamed, so a half-written file never looks like a backup.
      fs.writeFileSync(`${file}.partial`, bytes, { flag: 'wx' });
      fs.renameSync(`${file}.partial`, file);
      return { bytes: bytes.length };
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/** A PGlite dump is a gzipped tar whose entries include the data folder's PG_VERSION. */
function unpackDump(bytes: Buffer): Buffer | null {
  try {
    const tar = gunzipSync(bytes);
    return tar.includes(Buffer.from('PG_VERSION')) ? tar : null;
  } catch {
    return null;
  }
}

/**
 * Restores `file` into `pgliteDir`, which must be empty or absent: a restore
 * never mixes with or replaces a database that exists (move it aside first).
 */
export async function restoreEmbedded(file: string, pgliteDir: string): Promise<void> {
  const tar = unpackDump(fs.readFileSync(file));
  if (!tar) throw new BackupError('not_a_backup', `${file} is not a backup made by npm run db:backup.`);
  if (!isEmptyDir(pgliteDir)) throw new BackupError('not_empty', `${pgliteDir} is not empty. Restore into an empty data folder: move the current one aside (or set PGLITE_DIR to a new folder) and run the restore again.`);
  fs.mkdirSync(path.dirname(pgliteDir), { recursive: true });
  const release = acquireFolderLock(pgliteDir);
  try {
    fs.mkdirSync(pgliteDir, { recursive: true });
    const client = new PGlite(pgliteDir, { loadDataDir: new Blob([new Uint8Array(tar)]) });
    await client.waitReady;
    await client.close();
  } catch (e) {
    // Leave no half-restored folder behind that a server would then open.
    fs.rmSync(pgliteDir, { recursive: true, force: true });
    throw e;
  } finally {
    release();
  }
}

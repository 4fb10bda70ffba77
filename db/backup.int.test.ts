import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { migrateDb, openDb } from './client';
import { locations } from './schema';
import { backupEmbedded, restoreEmbedded } from './backup';
import { checkReadiness } from '@/lib/health/readiness';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pobyt-backup-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function databaseWithOneLocation(dir: string) {
  const h = await openDb({ pgliteDir: dir });
  await migrateDb(h);
  await h.db.insert(locations).values({ slug: 'backup-test', kind: 'branch', name: 'Punkt kopii zapasowej', street: 'ul. Próbna 1', postalCode: '50-001', city: 'Wrocław' });
  await h.close();
}

describe('embedded database backup', () => {
  it('round trip: a backup restored into an empty folder holds the same rows and is ready to serve', async () => {
    const root = tmp();
    await databaseWithOneLocation(path.join(root, 'pglite'));
    const file = path.join(root, 'backups', 'pobyt.tar.gz');
    const { bytes } = await backupEmbedded(path.join(root, 'pglite'), file);
    expect(bytes).toBeGreaterThan(1000);

    const restored = path.join(root, 'restored', 'pglite');
    await restoreEmbedded(file, restored);
    const h = await openDb({ pgliteDir: restored });
    try {
      const [row] = await h.db.select().from(locations).where(eq(locations.slug, 'backup-test'));
      expect(row?.name).toBe('Punkt kopii zapasowej');
      expect((await checkReadiness(h.db, { maxBacklogSeconds: 900 })).ready).toBe(true);
    } finally {
      await h.close();
    }
  });

  it('refuses to restore over an existing database, and leaves it as it was', async () => {
    const root = tmp();
    await databaseWithOneLocation(path.join(root, 'a'));
    const file = path.join(root, 'a.tar.gz');
    await backupEmbedded(path.join(root, 'a'), file);
    const target = path.join(root, 'b');
    await databaseWithOneLocation(target);
    const before = fs.readdirSync(target).sort();
    await expect(restoreEmbedded(file, target)).rejects.toMatchObject({ code: 'not_empty' });
    expect(fs.readdirSync(target).sort()).toEqual(before);
  });

  it('refuses a file that is not a backup and creates no folder', async () => {
    const root = tmp();
    const junk = path.join(root, 'junk.tar.gz');
    fs.writeFileSync(junk, 'not a backup');
    await expect(restoreEmbedded(junk, path.join(root, 'x'))).rejects.toMatchObject({ code: 'not_a_backup' });
    expect(fs.existsSync(path.join(root, 'x'))).toBe(false);

  });

  it('never overwrites an earlier backup', async () => {
    const root = tmp();
    await databaseWithOneLocation(path.join(root, 'db'));
    const file = path.join(root, 'b.tar.gz');
    fs.writeFileSync(file, 'older backup');
    await expect(backupEmbedded(path.join(root, 'db'), file)).rejects.toMatchObject({ code: 'exists' });
    expect(fs.readFileSync(file, 'utf8')).toBe('older backup');
  });
});

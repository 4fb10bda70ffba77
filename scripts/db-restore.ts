import path from 'node:path';
import { BackupError, restoreEmbedded } from '@/db/backup';
import { config } from '@/lib/config';

// npm run db:restore -- file: a db:backup file into the (empty) embedded data folder, PGLITE_DIR or $DATA_DIR/pglite.
async function main() {
  const cfg = config();
  if (cfg.DATABASE_URL) {
    console.error('DATABASE_URL is set: restore PostgreSQL with pg_restore (see README, "Backups"). This command is for the embedded database.');
    process.exit(1);
  }
  const file = process.argv[2];
  if (!file) {
    console.error('Name the backup file: npm run db:restore -- .data/backups/pobyt-….tar.gz');
    process.exit(1);
  }
  await restoreEmbedded(path.resolve(file), cfg.pgliteDir);
  console.log(`Restored ${file} into ${cfg.pgliteDir}. Start the server as usual; it applies any newer migrations.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof BackupError || e instanceof Error ? e.message : e);
  process.exit(1);
});

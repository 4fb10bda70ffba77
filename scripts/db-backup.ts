import path from 'node:path';
import { BackupError, backupEmbedded } from '@/db/backup';
import { config } from '@/lib/config';

// npm run db:backup [-- file]: the embedded database to one file (default $DATA_DIR/backups/pobyt-<time>.tar.gz).
async function main() {
  const cfg = config();
  if (cfg.DATABASE_URL) {
    console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump (see README, "Backups"). This command is for the embedded database.');
    process.exit(1);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const file = path.resolve(process.argv[2] ?? path.join(cfg.dataDir, 'backups', `pobyt-${stamp}.tar.gz`));
  const { bytes } = await backupEmbedded(cfg.pgliteDir, file);
  console.log(`Backup of ${cfg.pgliteDir} written to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
  console.log(`Keep ${path.join(cfg.dataDir, 'nextauth-secret')} with it, or everyone signs in again after a restore.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof BackupError || e instanceof Error ? e.message : e);
  process.exit(1);
});

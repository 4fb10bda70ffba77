import { getDbHandle } from '@/db/client';
import { log } from '@/lib/log';

async function main() {
  // getDbHandle migrates as it opens.
  const handle = await getDbHandle();
  console.log(`Database migrated (${handle.kind}).`);
  await handle.close();
}

main().catch((e: unknown) => {
  log.error('Migration failed', e);
  process.exit(1);
});

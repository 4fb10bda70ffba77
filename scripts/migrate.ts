import { getDbHandle } from '@/db/client';

async function main() {
  // getDbHandle migrates as it opens.
  const handle = await getDbHandle();
  console.log(`Database migrated (${handle.kind}).`);
  await handle.close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

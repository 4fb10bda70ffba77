import { getDbHandle } from '@/db/client';
import { seed } from '@/db/seed/seed';

async function main() {
  const handle = await getDbHandle();
  const result = await seed(handle.db);
  console.log(`Seed done (${handle.kind}): ${result.accounts} new accounts, ${result.locations} new locations, ${result.pages} new content pages.`);
  await handle.close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

import { getDbHandle } from '@/db/client';
import { seed } from '@/db/seed/seed';
import { seedDemoDecision } from '@/db/seed/demo-policy';
import { config } from '@/lib/config';

const why = { production: 'NODE_ENV=production', database_url: 'DATABASE_URL is set', explicit: 'SEED_DEMO=0' } as const;

async function main() {
  const decision = seedDemoDecision(config());
  const handle = await getDbHandle();
  const result = await seed(handle.db, { demo: decision.demo, office: decision.demo });
  console.log(`Seed done (${handle.kind}): ${result.accounts} new accounts, ${result.locations} new locations, ${result.pages} new content pages.`);
  const office = result.office;
  if (office?.created) {
    console.log(`Demo office: ${office.cases} cases, ${office.applications} submitted applications, ${office.reservations} reservations, ${office.enquiries} enquiries.`);
  }
  if (office?.demoCase) console.log(`Demo case holder's page (/pl/case): case number ${office.demoCase.number}, password ${office.demoCase.password}`);
  if (!decision.demo) {
    console.log(
      `No demo accounts created (${why[decision.reason]}); set SEED_DEMO=1 to create them. ` +
        'Create the first admin with: npm run admin:create -- --email admin@office.gov.pl',
    );
  }
  await handle.close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

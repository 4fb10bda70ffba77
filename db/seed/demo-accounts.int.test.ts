import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { locations, users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { seed } from './seed';
import { seedDemoDecision } from './demo-policy';
import { demoAccounts } from './demo-accounts';

describe.each(testDatabases)('demo accounts in the seed ($name)', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  it('creates no accounts for a production database without SEED_DEMO, then all of them with SEED_DEMO=1', async () => {
    const production = seedDemoDecision({ NODE_ENV: 'production', DATABASE_URL: 'postgres://pobyt@db.office.gov.pl/pobyt' });
    const first = await seed(handle.db, { demo: production.demo });
    expect(first.accounts).toBe(0);
    expect(await handle.db.select({ id: users.id }).from(users)).toEqual([]);
    // Reference data a real office needs still arrives.
    expect((await handle.db.select({ id: locations.id }).from(locations)).length).toBe(4);

    const asked = seedDemoDecision({ NODE_ENV: 'production', DATABASE_URL: 'postgres://pobyt@db.office.gov.pl/pobyt', SEED_DEMO: '1' });
    const second = await seed(handle.db, { demo: asked.demo });
    expect(second.accounts).toBe(demoAccounts.length);
    const emails = (await handle.db.select({ email: users.email }).from(users)).map((u) => u.email).sort();
    expect(emails).toEqual(demoAccounts.map((a) => a.email).sort());
  }, 120_000);
});

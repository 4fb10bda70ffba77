import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { enquiries, enquiryEntries, powSpent } from '@/db/schema';
import { testDatabases } from '@/test/db';
import { housekeeping } from './daily';

describe.each(testDatabases)('daily housekeeping on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => h?.close());

  it('drops spent proofs past expiry and unconfirmed enquiries past their window, and nothing else', async () => {
    await h.db.insert(powSpent).values([
      { signature: 'a'.repeat(64), expiresAt: sql`now() - interval '1 minute'` },
      { signature: 'b'.repeat(64), expiresAt: sql`now() + interval '5 minutes'` },
    ]);
    const item = (status: 'unconfirmed' | 'new', age: string, email: string) => ({
      kind: 'enquiry' as const,
      topic: 'other',
      locale: 'pl' as const,
      email,
      status,
      consentAt: sql`now() - ${age}::interval`,
      createdAt: sql`now() - ${age}::interval`,
    });
    const rows = await h.db
      .insert(enquiries)
      .values([item('unconfirmed', '8 days', 'old@example.com'), item('unconfirmed', '2 days', 'recent@example.com'), item('new', '30 days', 'confirmed@example.com')])
      .returning({ id: enquiries.id, email: enquiries.email });
    await h.db.insert(enquiryEntries).values(rows.map((r) => ({ enquiryId: r.id, kind: 'sender' as const, body: 'Dzień dobry' })));

    expect(await housekeeping(h.db)).toMatchObject({ enquiries: 1 });
    expect((await h.db.select({ s: powSpent.signature }).from(powSpent)).map((r) => r.s)).toEqual(['b'.repeat(64)]);
    expect((await h.db.select({ e: enquiries.email }).from(enquiries)).map((r) => r.e).sort()).toEqual(['confirmed@example.com', 'recent@example.com']);
    expect(await h.db.select().from(enquiryEntries)).toHaveLength(2);
    // Running again (another worker, the next day) finds nothing more.
    expect(await housekeeping(h.db)).toMatchObject({ enquiries: 0 });
  });
});

import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { locationHours, locations, users } from '../schema';
import { hashPassword } from '@/lib/auth/password';
import { demoAccounts } from './demo-accounts';
import { demoLocations } from './locations';
import { seedContentFromFiles } from '@/lib/content/pages';
import { seedReservations } from './reservations';
import { seedDemoOffice, type DemoOfficeResult } from './demo-office';

/**
 * Idempotent: running it again changes nothing that is already there.
 * `demo: false` skips the demo accounts (the only seeded data about people);
 * locations, content pages, visit services and holidays are office reference data.
 * `office: true` (with the demo on) also builds the demo office of db/seed/demo-office.ts:
 * `npm run db:seed` asks for it; tests that need only accounts and reference data do not.
 */
export async function seed(db: Db, options: { demo?: boolean; office?: boolean; now?: Date } = {}): Promise<{ accounts: number; locations: number; pages: number; office: DemoOfficeResult | null }> {
  let accounts = 0;
  for (const a of options.demo === false ? [] : demoAccounts) {
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, a.email));
    if (existing) continue;
    await db
      .insert(users)
      .values({
        email: a.email,
        passwordHash: await hashPassword(a.password),
        role: a.role,
        displayName: a.displayName ?? null,
        companyName: a.companyName ?? null,
        nip: a.nip ?? null,
        emailVerifiedAt: sql`now()`,
        termsAcceptedAt: a.role === 'applicant' || a.role === 'employer' ? sql`now()` : null,
        passwordChangedAt: sql`now()`,
      })
      .onConflictDoNothing({ target: users.email });
    accounts++;
  }
  let locs = 0;
  for (const { hours, ...loc } of demoLocations) {
    await db.transaction(async (tx) => {
      const [row] = await tx.insert(locations).values(loc).onConflictDoNothing({ target: locations.slug }).returning({ id: locations.id });
      if (!row) return;
      locs++;
      if (hours.length) await tx.insert(locationHours).values(hours.map((h) => ({ ...h, locationId: row.id })));
    });
  }
  const pages = await seedContentFromFiles(db);
  await seedReservations(db, options.now);
  // Cases, applications, visits and enquiries of a working office, after the accounts and slots they need.
  const office = options.demo !== false && options.office ? await seedDemoOffice(db, options.now) : null;
  return { accounts, locations: locs, pages, office };
}

/** What decides whether the seed creates demo accounts (pure, so it is unit-tested). */
export type SeedEnv = { NODE_ENV?: string; DATABASE_URL?: string; SEED_DEMO?: string };

export type SeedDemoDecision = { demo: true; reason: 'explicit' | 'embedded' } | { demo: false; reason: 'production' | 'database_url' | 'explicit' };

/**
 * Demo accounts have passwords printed in the README, so they exist only on the
 * embedded default database or when SEED_DEMO=1 asks for them. A real office
 * (NODE_ENV=production or its own DATABASE_URL) gets none.
 */
export function seedDemoDecision(env: SeedEnv): SeedDemoDecision {
  if (env.SEED_DEMO === '1') return { demo: true, reason: 'explicit' };
  if (env.SEED_DEMO === '0') return { demo: false, reason: 'explicit' };
  if (env.NODE_ENV === 'production') return { demo: false, reason: 'production' };
  if (env.DATABASE_URL) return { demo: false, reason: 'database_url' };
  return { demo: true, reason: 'embedded' };
}

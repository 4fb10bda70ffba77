import { describe, expect, it } from 'vitest';
import { seedDemoDecision } from './demo-policy';

describe('seedDemoDecision', () => {
  it('creates demo accounts on the embedded default (no DATABASE_URL, not production)', () => {
    expect(seedDemoDecision({})).toEqual({ demo: true, reason: 'embedded' });
    expect(seedDemoDecision({ NODE_ENV: 'development' })).toEqual({ demo: true, reason: 'embedded' });
    expect(seedDemoDecision({ NODE_ENV: 'test' }).demo).toBe(true);
  });

  it('creates none with NODE_ENV=production or a DATABASE_URL', () => {
    expect(seedDemoDecision({ NODE_ENV: 'production' })).toEqual({ demo: false, reason: 'production' });
    expect(seedDemoDecision({ DATABASE_URL: 'postgres://pobyt@db/pobyt' })).toEqual({ demo: false, reason: 'database_url' });
    expect(seedDemoDecision({ NODE_ENV: 'production', DATABASE_URL: 'postgres://pobyt@db/pobyt' }).demo).toBe(false);
    expect(seedDemoDecision({ NODE_ENV: 'production', SEED_DEMO: '' }).demo).toBe(false);
  });

  it('follows an explicit SEED_DEMO either way', () => {
    expect(seedDemoDecision({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', SEED_DEMO: '1' })).toEqual({ demo: true, reason: 'explicit' });
    expect(seedDemoDecision({ SEED_DEMO: '0' })).toEqual({ demo: false, reason: 'explicit' });
  });
});

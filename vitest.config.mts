import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside a React server bundle; tests import server modules directly.
      'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'test/**/*.test.ts', 'messages/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    // Case notices go out at once in tests; the hold that joins them has its own test (lib/notifications/outbox.int.test.ts).
    env: { CASE_NOTICE_HOLD_SECONDS: '0' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-hungry; two workers fit the 2-core machines.
    maxWorkers: 2,
  },
});

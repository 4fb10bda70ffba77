import { defineConfig, devices } from '@playwright/test';
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_LABEL, oidcIssuer } from './e2e/support/oidc-provider';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
const baseURL = `http://localhost:${PORT}`;
// Overridable so that several e2e runs (one per feature being built) can share a machine.
const DATA = process.env.E2E_DATA_DIR ?? '.data/e2e';
const DIST = process.env.NEXT_DIST_DIR ?? '.next';

// Its own data folder: the e2e server must never share PGlite with a dev server.
const e2eEnv = {
  DATA_DIR: DATA,
  PGLITE_DIR: `${DATA}/pglite`,
  NEXT_DIST_DIR: DIST,
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  APP_URL: baseURL,
  NEXTAUTH_URL: baseURL,
  // The journeys sign in with the demo accounts, even if the shell has DATABASE_URL or NODE_ENV=production.
  SEED_DEMO: '1',
  // Case notices at once, so the journeys can read them; joining a clerk's changes has an integration test.
  CASE_NOTICE_HOLD_SECONDS: '0',
  // The journeys book today's seeded times, however late the run; the lead time has an integration test.
  BOOKING_MIN_LEAD_MINUTES: '0',
  // Boards stay in Polish, as the journeys read them; the board's language rotation is tested with the board's own ?languageSeconds=1.
  BOARD_LANGUAGE_SECONDS: '0',
  // The test OpenID Connect provider that global-setup starts (its port follows E2E_PORT unless E2E_OIDC_PORT is set).
  OIDC_ISSUER: oidcIssuer(),
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_LABEL,
};

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL,
    locale: 'pl-PL',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `rm -rf ${DATA} && npm run db:seed && npx next build && node server.mjs -p ${PORT}`,
    url: `${baseURL}/pl`,
    timeout: 600_000,
    // E2E_REUSE=1 runs against a server already started with the same settings (for quick reruns while writing a test).
    reuseExistingServer: Boolean(process.env.E2E_REUSE),
    env: e2eEnv,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

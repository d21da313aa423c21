import { defineConfig } from '@playwright/test';

// Browser tests of the window (tests/e2e). `npm test` builds the app before running them.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 2,
  fullyParallel: true,
  // Budgets for a busy two-core machine (CI, or a laptop doing other work): a test waits for what the user
  // sees, never for fixed sleeps; long journeys declare a larger budget of their own (test.slow, test.setTimeout).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off' },
});

import { defineConfig } from '@playwright/test';

// Browser tests of the window (tests/e2e). `npm test` builds the app before running them.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 2,
  fullyParallel: true,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off' },
});

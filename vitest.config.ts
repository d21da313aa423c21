import { defineConfig } from 'vitest/config';

// Unit (src/core), Node (src/node), calibration and window-store (renderer/src/state, type-checked with the window's
// config) tests; the browser tests run under Playwright.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/node/**/*.test.ts', 'tests/renderer/**/*.test.ts', 'tests/calibration/**/*.test.ts'],
    environment: 'node',
    // One folder per run for the tests' temporary folders; the run fails if any is left behind.
    globalSetup: ['tests/support/temp-root.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

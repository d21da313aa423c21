import { defineConfig } from 'vitest/config';

// Unit (src/core), Node (src/node) and calibration tests; the browser tests run under Playwright.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/node/**/*.test.ts', 'tests/calibration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

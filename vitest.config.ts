import { defineConfig } from 'vitest/config';

// Unit (src/core) and Node (src/node) tests; the browser tests run under Playwright.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/node/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

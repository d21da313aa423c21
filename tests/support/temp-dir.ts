import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The prefix of every temporary folder the tests make, so a leak is easy to spot and to test for. */
export const TEMP_PREFIX = 'fineprint-test-';

/** The variable naming the folder a Vitest run keeps its temporary folders in (set by temp-root.ts). */
export const TEMP_ROOT_VARIABLE = 'FINEPRINT_TEST_TMP';

/** A fresh, empty temporary folder (framework-free: Vitest and Playwright both use it). */
export function makeTempDir(label = 'tmp'): string {
  return mkdtempSync(join(process.env[TEMP_ROOT_VARIABLE] ?? tmpdir(), `${TEMP_PREFIX}${label}-`));
}

/**
 * Removes a temporary folder and everything in it; a folder already gone is fine. Retries span about
 * 5 s (linear back-off from 100 ms): the library's index writer may still write once, up to a second
 * after an app under test has closed, and a file appearing mid-removal fails it with ENOTEMPTY.
 */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The prefix of every temporary folder the tests make, so a leak is easy to spot and to test for. */
export const TEMP_PREFIX = 'fineprint-test-';

/** A fresh, empty temporary folder (framework-free: Vitest and Playwright both use it). */
export function makeTempDir(label = 'tmp'): string {
  return mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}${label}-`));
}

/** Removes a temporary folder and everything in it; a folder already gone is fine. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMP_PREFIX, TEMP_ROOT_VARIABLE, removeTempDir } from './temp-dir';

/**
 * Vitest global setup: every temporary folder of this run goes under one folder of its own, and the run
 * fails if a test left one behind (a clean-up that never ran, or a write scheduled after it).
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}run-`));
  process.env[TEMP_ROOT_VARIABLE] = root;
  return () => {
    const left = readdirSync(root);
    removeTempDir(root);
    if (left.length === 0) return;
    // Vitest reports an error thrown here but still exits 0: set the exit code so the run fails.
    console.error(`The tests left ${left.length} temporary folder(s) behind: ${left.slice(0, 10).join(', ')}`);
    process.exitCode = 1;
  };
}

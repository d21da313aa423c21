import { onTestFinished } from 'vitest';
import { makeTempDir, removeTempDir } from './temp-dir';

/**
 * A fresh temporary folder, removed when the current test finishes (pass or fail). Call it inside a
 * test or a beforeEach: `onTestFinished` ties the clean-up to the test that is running.
 */
export function tempDir(label = 'tmp'): string {
  const dir = makeTempDir(label);
  onTestFinished(() => removeTempDir(dir));
  return dir;
}

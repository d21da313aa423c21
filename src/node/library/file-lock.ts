import { open, rm, stat } from 'node:fs/promises';

/** Suffix of the lock beside a library file while it is being replaced. */
export const LOCK_SUFFIX = '.lock';

const STALE_MS = 10_000;
const GIVE_UP_MS = 5_000;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` while holding `<lockPath>` (created exclusively), so two FinePrint processes on one
 * machine never check-and-replace the same file at once. A lock older than ten seconds is a crashed
 * holder's and is taken over. Across machines (a synced folder) no lock holds; the revision check does.
 */
export async function withFileLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let delay = 1; ; delay = Math.min(delay * 2, 20)) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lockPath).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_MS || Date.now() - started > GIVE_UP_MS) await rm(lockPath, { force: true });
      else await wait(delay);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}

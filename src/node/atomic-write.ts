import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Suffix of the previous version kept beside a file. */
export const BACKUP_SUFFIX = '.bak';
/** Marker in the names of temporary files, so a start-up sweep can remove ones a crash left behind. */
export const TEMP_MARKER = '.tmp-';

/**
 * Writes a file so that, whatever moment the process dies at, the path holds either the old or the
 * new content, never a mix: write a temporary file beside it, fsync it, keep the current version as
 * `<path>.bak` (a hard link, else a copy, so the path itself is never missing), rename the temporary
 * file over the path, then fsync the folder so the rename survives a power cut.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { backup?: boolean } = {}): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `${basename(path)}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.backup) await keepBackup(path);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dir);
}

async function keepBackup(path: string): Promise<void> {
  const backup = path + BACKUP_SUFFIX;
  const staging = `${backup}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await link(path, staging);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // first write: nothing to keep
    // Some file systems have no hard links: copy instead.
    await copyFile(path, staging, constants.COPYFILE_EXCL);
  }
  await rename(staging, backup);
}

/** fsyncs a folder so renames in it are durable; a no-op where the platform cannot (Windows). */
export async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Opening or syncing a directory is not supported everywhere; the rename itself is still atomic.
  } finally {
    await handle?.close();
  }
}

/** A short sentence for why a file could not be written, without a stack trace. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'its folder does not exist';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

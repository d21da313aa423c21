import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Suffix of the previous version kept beside a file. */
export const BACKUP_SUFFIX = '.bak';
/** Marker in the names of temporary files, so a start-up sweep can remove ones a crash left behind. */
export const TEMP_MARKER = '.tmp-';

/** The file-system calls an atomic write makes; tests pass one that records or fails them. */
export interface AtomicFs {
  open: (path: string, flags: string, mode?: number) => Promise<Pick<fsp.FileHandle, 'writeFile' | 'sync' | 'close' | 'chmod'>>;
  link: (existing: string, target: string) => Promise<void>;
  copyFile: (from: string, to: string, mode: number) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  rm: (path: string, options: { force: boolean }) => Promise<void>;
  lstat: (path: string) => Promise<{ mode: number; isSymbolicLink(): boolean }>;
  stat: (path: string) => Promise<{ mode: number }>;
  realpath: (path: string) => Promise<string>;
}

/** The real file system. */
export const nodeAtomicFs: AtomicFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  link: fsp.link,
  copyFile: fsp.copyFile,
  rename: fsp.rename,
  rm: fsp.rm,
  lstat: fsp.lstat,
  stat: fsp.stat,
  realpath: fsp.realpath,
};

/** Options of one atomic write. */
export interface AtomicWriteOptions {
  /** Keep the current version as `<path>.bak`. */
  backup?: boolean;
  /**
   * For a file the user chose (an export): write through a symbolic link to its target and keep the
   * existing file's permissions, instead of replacing the link with a private file.
   */
  keepTarget?: boolean;
  /**
   * Wraps the moment of replacement, after the new content is durable: it must call `replace` (or
   * throw, which aborts the write and removes the new content). A caller checks and locks here.
   */
  aroundReplace?: ((replace: () => Promise<void>) => Promise<void>) | undefined;
  fs?: AtomicFs;
  /** Waits between rename attempts; tests pass one that does not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

// An antivirus scanner or search indexer on Windows holds a file for a moment, and rename then fails
// with EPERM, EBUSY or EACCES; it succeeds a little later. 10 + 20 + 40 + 80 + 160 ms at most.
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_DELAYS_MS = [10, 20, 40, 80, 160];
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function renameWithRetry(fs: AtomicFs, from: string, to: string, sleep: (ms: number) => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = RENAME_DELAYS_MS[attempt];
      if (!RENAME_RETRY_CODES.has(code) || delay === undefined) throw error;
      await sleep(delay);
    }
  }
}

/** Where to write and with which permissions: the path itself, or the target of a link the user chose. */
async function resolveTarget(fs: AtomicFs, path: string, keepTarget: boolean): Promise<{ path: string; mode: number; kept: boolean }> {
  if (!keepTarget) return { path, mode: 0o600, kept: false };
  try {
    const info = await fs.lstat(path);
    const real = info.isSymbolicLink() ? await fs.realpath(path) : path;
    return { path: real, mode: (await fs.stat(real)).mode & 0o777, kept: true };
  } catch {
    return { path, mode: 0o600, kept: false }; // a new file, or a link to nowhere: create a private file
  }
}

/**
 * Writes a file so that, whatever moment the process dies at, the path holds either the old or the
 * new content, never a mix: write a temporary file beside it, fsync it, keep the current version as
 * `<path>.bak` (a hard link, else a copy, so the path itself is never missing), rename the temporary
 * file over the path, then fsync the folder so the rename survives a power cut.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeAtomicFs;
  const target = await resolveTarget(fs, path, options.keepTarget === true);
  const dir = dirname(target.path);
  const temp = join(dir, `${basename(target.path)}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`);
  const handle = await fs.open(temp, 'wx', target.mode);
  try {
    if (target.kept) await handle.chmod(target.mode); // the umask must not narrow what the user had
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    const replace = async () => {
      if (options.backup) await keepBackup(fs, target.path);
      await renameWithRetry(fs, temp, target.path, options.sleep ?? wait);
    };
    if (options.aroundReplace) await options.aroundReplace(replace);
    else await replace();
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dir, fs);
}

async function keepBackup(fs: AtomicFs, path: string): Promise<void> {
  const backup = path + BACKUP_SUFFIX;
  const staging = `${backup}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.link(path, staging);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // first write: nothing to keep
    // Some file systems have no hard links: copy instead.
    await fs.copyFile(path, staging, constants.COPYFILE_EXCL);
  }
  await fs.rename(staging, backup);
}

/** fsyncs a folder so renames in it are durable; a no-op where the platform cannot (Windows). */
export async function syncFolder(dir: string, fs: AtomicFs = nodeAtomicFs): Promise<void> {
  let handle;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Opening or syncing a directory is not supported everywhere; the rename itself is still atomic.
  } finally {
    await handle?.close();
  }
}

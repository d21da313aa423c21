import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TEMP_MARKER } from '../atomic-write';
import type { LibraryIndex, LibraryIndexPort } from './library-index';

/** The synchronous file-system calls an index write makes; tests pass one that fails some of them. */
export interface IndexFs {
  writeFileSync: (path: string, data: string, options: { mode: number; flush: boolean }) => void;
  renameSync: (from: string, to: string) => void;
  rmSync: (path: string, options: { force: boolean }) => void;
}

const nodeIndexFs: IndexFs = { writeFileSync: fs.writeFileSync, renameSync: fs.renameSync, rmSync: fs.rmSync };

// As for every atomic write: on Windows an antivirus or indexer holds a file for a moment and rename
// fails with one of these; it succeeds a little later. 10 + 20 + 40 ms at most, then the write is
// given up (the index is a cache: the next change schedules it again).
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_DELAYS_MS = [10, 20, 40];
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The library index in its own small JSON file in the data folder (beside `positions.json`), so an
 * index write never rewrites the settings file and its logo. Writes are atomic (temp file flushed to
 * disk, then renamed) and synchronous, so the index can still be written while the app quits. The
 * library validates what `read` returns; anything unreadable is rebuilt from the assessment files.
 */
export class LibraryIndexFile implements LibraryIndexPort {
  private constructor(
    readonly path: string,
    private value: unknown,
    /** Whether the file exists now (it was there, or an older version's index was moved into it). */
    readonly onDisk: boolean,
    private readonly fs: IndexFs,
  ) {}

  /**
   * Reads the index file, removing temporary files a crash left beside it. When there is no file,
   * `legacy` (the index an older version kept in the settings file) is written to it, once.
   */
  static async open(path: string, legacy?: unknown, indexFs: IndexFs = nodeIndexFs): Promise<LibraryIndexFile> {
    const stale = `${basename(path)}${TEMP_MARKER}`;
    const names = await readdir(dirname(path)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.startsWith(stale))) await rm(join(dirname(path), name), { force: true });
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      text = undefined; // no index yet: the library builds it from the files
    }
    if (text !== undefined) return new LibraryIndexFile(path, parsed(text), true, indexFs);
    if (legacy === undefined) return new LibraryIndexFile(path, undefined, false, indexFs);
    try {
      writeAtomicSync(indexFs, path, JSON.stringify(legacy));
      return new LibraryIndexFile(path, legacy, true, indexFs);
    } catch {
      return new LibraryIndexFile(path, legacy, false, indexFs); // stays in the settings file until a later start
    }
  }

  /** The index as read (or last written); a file that is not JSON reads as its text, which fails validation. */
  read(): unknown {
    return this.value;
  }

  /** Replaces the file atomically; throws when it cannot (the library reports that once). */
  write(index: LibraryIndex): void {
    writeAtomicSync(this.fs, this.path, JSON.stringify(index));
    this.value = index;
  }
}

/** Writes a temporary file flushed to disk, then renames it over `path`; nothing is left behind on failure. */
function writeAtomicSync(indexFs: IndexFs, path: string, text: string): void {
  const temp = `${path}${TEMP_MARKER}${randomBytes(6).toString('hex')}`;
  try {
    indexFs.writeFileSync(temp, text, { mode: 0o600, flush: true });
    for (let attempt = 0; ; attempt++) {
      try {
        indexFs.renameSync(temp, path);
        return;
      } catch (error) {
        const delay = RENAME_DELAYS_MS[attempt];
        if (!RENAME_RETRY_CODES.has((error as NodeJS.ErrnoException).code ?? '') || delay === undefined) throw error;
        pause(delay);
      }
    }
  } catch (error) {
    indexFs.rmSync(temp, { force: true });
    throw error;
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

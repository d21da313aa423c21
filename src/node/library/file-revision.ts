import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readDocumentBytes } from '../read-document';
import { entryIntegrity } from './library-files';

/**
 * The version of a library file this process last read or wrote. Every writer replaces the file by
 * renaming a new one over it, so the inode changes with each write; size and times catch the rest.
 */
export interface FileRevision {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  /** The integrity digest in the file's header: the content, whatever touched the file. */
  integrity: string | undefined;
}

/** The revision of a file from its stat and its bytes. */
export function revisionOf(info: Stats, bytes: Uint8Array): FileRevision {
  return { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, integrity: entryIntegrity(bytes) };
}

const sameStat = (info: Stats, r: FileRevision) =>
  info.ino === r.ino && info.size === r.size && info.mtimeMs === r.mtimeMs && info.ctimeMs === r.ctimeMs;

/** What became of a file since this process last read or wrote it. */
export type FileState = { state: 'unchanged'; revision: FileRevision } | { state: 'changed' } | { state: 'deleted' };

/**
 * Whether the file is still the version this process knows: one stat when nothing touched it; when
 * something did (a sync tool rewriting the same content, a touch) the content's digest decides.
 */
export async function fileState(path: string, known: FileRevision): Promise<FileState> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'deleted' };
    throw error;
  }
  if (sameStat(info, known)) return { state: 'unchanged', revision: known };
  const read = await readDocumentBytes(path);
  if (!read.ok) return { state: 'changed' };
  const integrity = entryIntegrity(read.bytes);
  if (integrity !== undefined && integrity === known.integrity)
    return { state: 'unchanged', revision: { ...revisionOf(info, read.bytes) } };
  return { state: 'changed' };
}

/** Raised inside a write when the file changed or vanished since this process read it. */
export class ChangedElsewhere extends Error {
  constructor(readonly state: 'changed' | 'deleted') {
    super(`the file was ${state} by another program`);
  }
}

import { open } from 'node:fs/promises';
import { MAX_DOCUMENT_BYTES } from '../core/json-input';

/** Why a file could not be read at all (as opposed to being read and found invalid). */
export interface ReadFailure {
  ok: false;
  /** `unreadable`: missing, a folder, no permission; `too-large`: over the limit, not read. */
  kind: 'unreadable' | 'too-large';
  message: string;
}

/** Reads a whole file as bytes, refusing folders and files over `maxBytes` before reading them. */
export async function readDocumentBytes(
  path: string,
  maxBytes = MAX_DOCUMENT_BYTES,
): Promise<{ ok: true; bytes: Uint8Array } | ReadFailure> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return { ok: false, kind: 'unreadable', message: describeFsError(error) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, kind: 'unreadable', message: 'is a folder, not a file' };
    if (info.size > maxBytes)
      return {
        ok: false,
        kind: 'too-large',
        message: `is too large (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB)`,
      };
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) return { ok: false, kind: 'too-large', message: 'grew past the size limit while being read' };
    return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
  } catch (error) {
    return { ok: false, kind: 'unreadable', message: describeFsError(error) };
  } finally {
    await handle.close();
  }
}

/** A short sentence for a file-system error, without a stack trace. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ENOTDIR':
      return 'does not exist (a part of the path is not a folder)';
    case 'ENAMETOOLONG':
      return 'has a name that is too long';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

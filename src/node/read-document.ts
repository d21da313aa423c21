import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { MAX_DOCUMENT_BYTES } from '../core/json-input';
import { describeReadError } from './fs-errors';

/** Why a file could not be read at all (as opposed to being read and found invalid). */
export interface ReadFailure {
  ok: false;
  /** `unreadable`: missing, a folder, a pipe or device, no permission; `too-large`: over the limit, not read. */
  kind: 'unreadable' | 'too-large';
  message: string;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
// O_NONBLOCK: should a pipe be swapped in after the check, open() returns at once instead of waiting
// for a writer (and holding one of libuv's four threads forever). Windows has no such flag or files.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 64 * 1024;

function notRegular(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'is a folder, not a file';
  if (info.isFIFO()) return 'is a named pipe, not a file; FinePrint reads only ordinary files';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a file; FinePrint reads only ordinary files';
  if (info.isSocket()) return 'is a socket, not a file; FinePrint reads only ordinary files';
  return 'is not an ordinary file';
}

/**
 * Opens a file for reading only when it is a regular file (a symbolic link to one is fine): its type is
 * checked before open, so a pipe or device is never opened, and again on the open handle.
 */
export async function openRegularFile(path: string): Promise<{ ok: true; handle: FileHandle; info: Stats } | ReadFailure> {
  try {
    const refused = notRegular(await stat(path));
    if (refused) return { ok: false, kind: 'unreadable', message: refused };
    const handle = await open(path, OPEN_FLAGS);
    const info = await handle.stat();
    const changed = notRegular(info);
    if (changed) {
      await handle.close();
      return { ok: false, kind: 'unreadable', message: changed };
    }
    return { ok: true, handle, info };
  } catch (error) {
    return { ok: false, kind: 'unreadable', message: describeReadError(error) };
  }
}

/**
 * Reads a whole regular file as bytes, never more than `maxBytes`: a file whose size says it is over
 * the limit is refused unread, and the read stops at the limit whatever the size claimed.
 */
export async function readDocumentBytes(
  path: string,
  maxBytes = MAX_DOCUMENT_BYTES,
): Promise<{ ok: true; bytes: Uint8Array; info: Stats } | ReadFailure> {
  const opened = await openRegularFile(path);
  if (!opened.ok) return opened;
  const { handle, info } = opened;
  const size = info.size;
  try {
    if (size > maxBytes) return { ok: false, kind: 'too-large', message: `is too large (${mb(size)}; the limit is ${mb(maxBytes)})` };
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(size + 1, CHUNK)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { ok: false, kind: 'too-large', message: `is larger than the limit of ${mb(maxBytes)}` };
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, Math.min(CHUNK, buffer.length - length), null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, kind: 'too-large', message: `is larger than the limit of ${mb(maxBytes)}` };
    // `info` is the handle's own stat: the very file read, whatever replaced the path since.
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length), info };
  } catch (error) {
    return { ok: false, kind: 'unreadable', message: describeReadError(error) };
  } finally {
    await handle.close();
  }
}

/** A short sentence for a file-system error, without a stack trace or a path. */
export const describeFsError = describeReadError;

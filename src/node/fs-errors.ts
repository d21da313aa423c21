import { basename } from 'node:path';

/** What went wrong with a file, in terms the window can word for the user. */
export type FsFault =
  | 'disk-full'
  | 'read-only'
  | 'permission'
  | 'not-found'
  | 'busy'
  | 'too-many-open-files'
  | 'name-too-long'
  | 'is-folder'
  | 'not-a-file'
  | 'too-large'
  | 'other';

const FAULTS: Record<string, FsFault> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'permission',
  EPERM: 'permission',
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EAGAIN: 'busy',
  EMFILE: 'too-many-open-files',
  ENFILE: 'too-many-open-files',
  ENAMETOOLONG: 'name-too-long',
  EISDIR: 'is-folder',
};

/** The fault behind a file-system error (its errno code), or undefined for an error that is not one. */
export function fsFault(error: unknown): FsFault | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('E')) return undefined;
  return FAULTS[code] ?? 'other';
}

const WRITE_REASONS: Record<FsFault, string> = {
  'disk-full': 'the disk is full',
  'read-only': 'the disk or folder is read-only',
  permission: 'permission denied',
  'not-found': 'its folder does not exist',
  busy: 'another program is using it; try again in a moment',
  'too-many-open-files': 'too many files are open; close some programs and try again',
  'name-too-long': 'its name is too long',
  'is-folder': 'it is a folder',
  'not-a-file': 'it is not an ordinary file',
  'too-large': 'it is too large',
  other: 'the system refused',
};

const READ_REASONS: Record<FsFault, string> = {
  'disk-full': 'cannot be read: the disk is full',
  'read-only': 'cannot be read: the disk is read-only',
  permission: 'cannot be read: permission denied',
  'not-found': 'does not exist',
  busy: 'cannot be read: another program is using it; try again in a moment',
  'too-many-open-files': 'cannot be read: too many files are open; close some programs and try again',
  'name-too-long': 'has a name that is too long',
  'is-folder': 'is a folder, not a file',
  'not-a-file': 'is not an ordinary file',
  'too-large': 'is too large',
  other: 'cannot be read',
};

/** A short clause for why a file could not be written ("the disk is full"), without paths or a stack. */
export function describeWriteError(error: unknown): string {
  const fault = fsFault(error);
  if (!fault) return error instanceof Error ? stripPaths(error.message) : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return fault === 'other' ? `${WRITE_REASONS.other} (${code})` : WRITE_REASONS[fault];
}

/** A short predicate for why a file could not be read ("does not exist"), to follow the file's name. */
export function describeReadError(error: unknown): string {
  const fault = fsFault(error);
  if (!fault) return `cannot be read (${error instanceof Error ? stripPaths(error.message) : String(error)})`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR') return 'does not exist (a part of the path is not a folder)';
  return fault === 'other' ? `${READ_REASONS.other} (${code})` : READ_REASONS[fault];
}

// Absolute paths (POSIX or Windows) inside a message, quoted or not.
const PATH = /['"]?((?:[A-Za-z]:\\|\/)[^\s'",:]*[^\s'",:.])['"]?/g;

/** A message with every absolute path shortened to its file name, so the window never shows where the data folder is. */
export function stripPaths(message: string, known: readonly { path: string; label: string }[] = []): string {
  let out = message;
  for (const k of known) out = out.split(k.path).join(k.label);
  return out.replace(PATH, (_, p: string) => `“${basename(p.replace(/\\/g, '/'))}”`);
}

/**
 * The sentence for an error the handlers did not expect, when it is a file-system error: what failed,
 * in words, with the file named as the user knows it. Undefined for other errors.
 */
export function describeUnexpectedFsError(error: unknown, known: readonly { path: string; label: string }[] = []): string | undefined {
  const fault = fsFault(error);
  if (!fault) return undefined;
  const e = error as NodeJS.ErrnoException;
  const where = e.path
    ? (known.find((k) => e.path === k.path || e.path?.startsWith(`${k.path}/`) || e.path?.startsWith(`${k.path}\\`))?.label ??
      `“${basename(e.path)}”`)
    : 'a file';
  const verb = e.syscall && /read|open|stat|scandir/.test(e.syscall) ? 'read' : 'write';
  return `FinePrint could not ${verb} ${where}: ${verb === 'read' ? READ_REASONS[fault].replace(/^cannot be read: /, '') : WRITE_REASONS[fault]}.`;
}

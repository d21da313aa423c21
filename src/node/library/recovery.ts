import type { Stats } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Assessment } from '../../core/assessment-schema';
import { BACKUP_SUFFIX, writeFileAtomic } from '../atomic-write';
import type { LibraryNotice } from './library-notices';

/** A library file read and decoded, or why it could not be. */
export type Decoded = { ok: true; value: Assessment; templateRef: string; bytes: Uint8Array; info: Stats } | { ok: false; message: string };

/** Moves a file into the library's `unreadable/` folder under a time-stamped name; returns that name. */
export async function quarantine(quarantineDir: string, path: string, now: Date): Promise<string> {
  await mkdir(quarantineDir, { recursive: true });
  const name = `${basename(path)}.${now.getTime()}`;
  await rename(path, join(quarantineDir, name));
  return name;
}

/**
 * Start-up repair of a file that could not be read. The file is never overwritten blindly: it is first
 * moved to `unreadable/` (it may be the newest version, damaged or from a newer FinePrint), then its
 * backup, when that reads, is put in its place. Returns what was restored, with the notice to give.
 */
export async function recoverFile(
  path: string,
  failure: string,
  decode: (path: string) => Promise<Decoded>,
  options: { quarantineDir: string; now: Date },
): Promise<{ restored: Decoded & { ok: true }; notice: LibraryNotice } | { restored: undefined; notice: LibraryNotice }> {
  const file = basename(path);
  const backup = await decode(path + BACKUP_SUFFIX);
  const kept = await quarantine(options.quarantineDir, path, options.now);
  if (backup.ok) {
    await writeFileAtomic(path, backup.bytes);
    return {
      restored: { ...backup, info: await stat(path) },
      notice: {
        kind: 'restored-from-backup',
        file,
        message: `“${backup.value.profile.service}” could not be read (${failure}). The unreadable file was kept as “${kept}” in the “unreadable” folder of your library, and the previous version was restored from the backup; changes made after that version are in the kept file.`,
      },
    };
  }
  return {
    restored: undefined,
    notice: {
      kind: 'unreadable',
      file,
      message: `An assessment file could not be read (${failure}) and had no usable backup. It was moved to the “unreadable” folder of your library as “${kept}” and is not shown.`,
    },
  };
}

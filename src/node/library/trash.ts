import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { LibrarySummary } from '../../core/library-summary';
import { BACKUP_SUFFIX } from '../atomic-write';
import { assessmentFileName, type LibraryPaths } from './library-files';
import { LibraryError } from './library-notices';

/** An assessment moved to the trash, restorable until the trash is emptied. */
export interface TrashItem {
  trashId: string;
  id: string;
  service: string;
  vendor: string;
  deletedAt: string;
}

/** Moves an assessment's file to the trash and drops its backup; undefined when the file is already gone. */
export async function moveToTrash(
  paths: LibraryPaths,
  id: string,
  summary: LibrarySummary,
  deletedAt: Date,
): Promise<TrashItem | undefined> {
  const trashId = `${id}--${deletedAt.getTime()}`;
  const from = join(paths.assessments, assessmentFileName(id));
  try {
    await rename(from, join(paths.trash, `${trashId}.fineprint`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  await rm(from + BACKUP_SUFFIX, { force: true });
  return { trashId, id, service: summary.service, vendor: summary.vendor, deletedAt: deletedAt.toISOString() };
}

/** Moves a trashed file back into the library; returns its path there. */
export async function restoreFromTrash(paths: LibraryPaths, trashId: string): Promise<string> {
  if (!/^[0-9a-f-]{36}--\d+$/.test(trashId)) throw new LibraryError('invalid', 'That is not an item of the trash.');
  const id = trashId.split('--')[0] ?? '';
  const to = join(paths.assessments, assessmentFileName(id));
  try {
    await rename(join(paths.trash, `${trashId}.fineprint`), to);
  } catch {
    throw new LibraryError('not-found', 'That item is no longer in the trash.');
  }
  return to;
}

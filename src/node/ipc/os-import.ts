import { basename } from 'node:path';
import { decodeFineprint } from '../../core/file-format';
import type { ImportOutcome } from '../../core/ipc-contract';
import { importAssessment } from '../library/import-policy';
import { readDocumentBytes } from '../read-document';
import { formatProblems } from '../template-catalog';
import type { AppServices } from './handler-kit';

/**
 * Imports a .fineprint opened from the operating system (double-click, command line, second instance).
 * A file already in the library unchanged just shows it; a different version of it asks, like Import.
 */
export async function importFromPath(
  services: AppServices,
  path: string,
): Promise<ImportOutcome | { status: 'invalid'; file: string; message: string; details: string[] }> {
  const name = basename(path);
  try {
    const read = await readDocumentBytes(path);
    if (!read.ok) return { status: 'invalid', file: name, message: `${name} ${read.message}.`, details: [] };
    const decoded = decodeFineprint(read.bytes);
    if (!decoded.ok)
      return { status: 'invalid', file: name, message: `${name} could not be imported.`, details: formatProblems(decoded.problems) };
    return await importAssessment(services.library, services.pendingImports, decoded.value.assessment, decoded.warnings);
  } catch (error) {
    return { status: 'invalid', file: name, message: `${name} could not be imported (${(error as Error).message}).`, details: [] };
  }
}

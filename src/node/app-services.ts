import { join } from 'node:path';
import type { AppNotice } from '../core/ipc-contract';
import type { AppServices } from './ipc/handlers';
import type { DialogPort, ReportPort, ShellPort } from './ipc/ports';
import { AssessmentLibrary } from './library/assessment-library';
import { PendingImports } from './library/import-policy';
import { LibraryIndexFile } from './library/library-index-file';
import { PositionStore } from './positions';
import { SettingsService, type StorePort } from './settings';
import { TemplateCatalog } from './template-catalog';

/** Where the app's files are and which platform ports to use. */
export interface AppServicesOptions {
  dataDir: string;
  bundledTemplatesDir: string;
  samplesDir: string;
  store: StorePort;
  dialogs: DialogPort;
  shell: ShellPort;
  report: ReportPort;
}

/**
 * Opens settings, the template catalog and the library over one data folder, collecting what the
 * user must be told (recovered files, a corrupt settings store, an invalid template).
 */
export async function openAppServices(options: AppServicesOptions): Promise<AppServices> {
  const settings = await SettingsService.open(options.store);
  const positions = await PositionStore.open(join(options.dataDir, 'positions.json'), settings.legacyPositions);
  const index = await LibraryIndexFile.open(join(options.dataDir, 'library-index.json'), settings.legacyLibraryIndex);
  if (index.onDisk) settings.forgetLegacyLibraryIndex();
  const catalog = await TemplateCatalog.open(options.bundledTemplatesDir, options.dataDir);
  const notices: AppNotice[] = [];
  const library = await AssessmentLibrary.open(options.dataDir, {
    index,
    // Told once, later, when the index cannot be written; the window reads notices with app:get-info.
    onNotice: (notice) => notices.push(notice),
  });
  notices.unshift(...settings.notices, ...catalog.notices, ...library.notices);
  return {
    library,
    settings,
    positions,
    catalog,
    samplesDir: options.samplesDir,
    dialogs: options.dialogs,
    shell: options.shell,
    report: options.report,
    notices,
    pendingImports: new PendingImports(),
  };
}

import type { FileOpenedEvent, ImportOutcome } from '../../../src/core/ipc-contract';
import type { LibrarySummary } from '../../../src/core/library-summary';
import { errorDetails, errorMessage } from '../api/app-error';
import { client } from '../api/client';
import { strings } from '../i18n/en';
import { openAssessment } from './actions';
import { useAppStore } from './app-store';

const app = () => useAppStore.getState();
const s = strings.library;

async function settle(outcome: ImportOutcome): Promise<void> {
  if (outcome.status === 'canceled') return;
  if (outcome.status === 'conflict') {
    app().setConflict({ token: outcome.token, service: outcome.service, existingService: outcome.existingService });
    return;
  }
  await app().refreshLibrary();
  const { id, service } = outcome.summary;
  if (outcome.status === 'already-in-library') {
    app().pushMessage({
      intent: 'info',
      text: s.alreadyInLibrary(service),
      action: { label: s.openImported, run: () => openAssessment(id) },
    });
    return;
  }
  app().pushMessage({ intent: 'success', text: s.imported(service), action: { label: s.openImported, run: () => openAssessment(id) } });
  for (const warning of outcome.warnings) app().pushMessage({ intent: 'warning', text: warning });
}

function failed(error: unknown, fallback: string): void {
  app().pushMessage({ intent: 'error', text: errorMessage(error, fallback), details: errorDetails(error) });
}

/** Asks for a .fineprint file and adds it to the library, asking first when it is already there. */
export async function importFromFile(): Promise<void> {
  app().clearMessages();
  try {
    await settle(await client.importAssessment());
  } catch (error) {
    failed(error, s.importFailed);
  }
}

/** Finishes an import that found the same assessment in the library, as the user chose. */
export async function resolveConflict(choice: 'replace' | 'keep-both' | 'cancel'): Promise<void> {
  const conflict = app().conflict;
  app().setConflict(undefined);
  if (!conflict) return;
  try {
    await settle(await client.resolveImport({ token: conflict.token, choice }));
  } catch (error) {
    failed(error, s.importFailed);
  }
}

/** Handles a .fineprint file opened from the operating system while the app runs. */
export async function fileOpened(event: FileOpenedEvent): Promise<void> {
  if (event.status === 'invalid') {
    app().pushMessage({ intent: 'error', text: event.message, details: event.details });
    return;
  }
  await settle(event);
}

/** Moves an assessment to the trash, offering to undo. */
export async function deleteAssessment(summary: LibrarySummary): Promise<void> {
  app().clearMessages();
  try {
    const { trashId, service } = await client.deleteAssessment({ id: summary.id });
    await app().refreshLibrary();
    app().pushMessage({ intent: 'info', text: s.deleted(service), action: { label: s.undo, run: () => void restore(trashId) } });
  } catch (error) {
    failed(error, s.deleteFailed);
  }
}

async function restore(trashId: string): Promise<void> {
  app().clearMessages();
  try {
    const summary = await client.restoreAssessment({ trashId });
    await app().refreshLibrary();
    app().pushMessage({ intent: 'info', text: s.restored(summary.service) });
  } catch (error) {
    failed(error, s.restoreFailed);
  }
}

/** Adds a bundled sample to the library and opens it. */
export async function openSample(fileName: string): Promise<void> {
  app().clearMessages();
  try {
    const summary = await client.openSample({ fileName });
    openAssessment(summary.id);
    await markWelcomed();
  } catch (error) {
    failed(error, s.sampleFailed);
  }
}

/** Records that the first-run welcome was seen, so it does not come back. */
export async function markWelcomed(): Promise<void> {
  if (app().settings.welcomed) return;
  await app()
    .saveSettings({ welcomed: true })
    .catch(() => undefined);
}

import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { openAppServices } from '../../src/node/app-services';
import { createHandlers } from '../../src/node/ipc/handlers';
import type { ReportPort } from '../../src/node/ipc/ports';
import { dispatchCheckingReplies } from '../../src/node/ipc/reply-check';
import { confStore } from './conf-store';
import { markerReport, queuedDialogs, recordingShell } from './fake-ports';

const root = join(import.meta.dirname, '../..');

/** The channels whose successful reply a test has checked against the contract's reply schema. */
export const checkedReplies = new Set<string>();

/** dispatch with every reply checked against the contract: a reply that breaks it fails the test. */
async function checkedDispatch(handlers: ReturnType<typeof createHandlers>, channel: string, payload: unknown) {
  const r = await dispatchCheckingReplies(handlers, channel, payload, (message) => {
    throw new Error(message);
  });
  if (r.ok) checkedReplies.add(channel);
  return r;
}

/** The app's services and handler table over a data folder, with scripted dialogs, as main builds them. */
export async function testApp(dataDir: string, report: ReportPort = markerReport()) {
  const dialogs = queuedDialogs();
  const shell = recordingShell();
  const services = await openAppServices({
    dataDir,
    bundledTemplatesDir: join(root, 'templates'),
    samplesDir: join(root, 'templates', 'samples'),
    store: confStore(dataDir),
    dialogs,
    shell,
    report,
  });
  // The library writes its index a moment after a change: write it before the test's folder is removed
  // (onTestFinished runs in reverse order, so this runs before tempDir's removal), or it recreates the folder.
  // Outside a test (the bench uses this too) there is no test to finish, and the caller flushes itself.
  try {
    onTestFinished(() => {
      services.library.flush();
    });
  } catch {
    // Not inside a test: nothing to hook.
  }
  const handlers = createHandlers(services);
  /** Calls a channel the way the window does, through validation; the reply is checked against the contract. */
  const call = async <T = unknown>(channel: string, payload?: unknown): Promise<T> => {
    const r = await checkedDispatch(handlers, channel, payload);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { ipc: r.error });
    return r.value as T;
  };
  return {
    services,
    handlers,
    dialogs,
    shell,
    call,
    raw: (channel: string, payload?: unknown) => checkedDispatch(handlers, channel, payload),
  };
}

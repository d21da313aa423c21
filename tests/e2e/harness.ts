import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { _electron, chromium, type Browser, type Page } from '@playwright/test';
import { WINDOW_API_EVENTS, WINDOW_API_METHODS } from '../../src/core/ipc-contract';
import { APP_VERSION } from '../../src/core/version';
import { openAppServices } from '../../src/node/app-services';
import { createHandlers } from '../../src/node/ipc/handlers';
import type { DialogPort, ReportPort } from '../../src/node/ipc/ports';
import { dispatchCheckingReplies } from '../../src/node/ipc/reply-check';
import { isTrustedSender } from '../../src/node/ipc/sender';
import { workerReportPort } from '../../src/node/report/worker-report-port';
import { confStore } from '../support/conf-store';
import { CHROMIUM_FLAGS, findChromium, findElectron } from './browsers';
import { RENDERER_DIR, serveRenderer } from './static-server';

const root = join(import.meta.dirname, '../..');

/** What the next OS dialog answers, as a person picking a file or pressing Cancel would. */
export interface DialogAnswer {
  filePath?: string;
  filePaths?: string[];
  canceled?: boolean;
}

/** A running FinePrint window and how to drive and stop it. */
export interface AppHandle {
  page: Page;
  backend: 'electron' | 'chromium';
  close(): Promise<void>;
  /** Queues the answer of the next open or save dialog. */
  answerNextDialog(result: DialogAnswer): Promise<void>;
}

let shared: { browser: Browser; origin: string; stop(): Promise<void> } | undefined;

/** One Chromium and one renderer server per test worker; each test gets its own browser context. */
async function sharedChromium() {
  if (shared) return shared;
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error('The renderer is not built: run `npm run build` first (`npm test` does).');
  const server = await serveRenderer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  shared = {
    browser,
    origin: server.origin,
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
  return shared;
}

/** Stops the worker's shared browser and server (call from a worker-level afterAll). */
export async function stopSharedBrowser(): Promise<void> {
  await shared?.stop();
  shared = undefined;
}

const answerPath = (a: DialogAnswer | undefined) => (a === undefined || a.canceled ? undefined : (a.filePath ?? a.filePaths?.[0]));

/**
 * Launches the app over `dataDir`: real Electron where its binary is present; otherwise the built
 * renderer in Chromium, with the window API the preload exposes routed to the same src/node handler
 * table main registers, over the same data folder.
 */
export async function launchApp(options: { dataDir: string; report?: ReportPort }): Promise<AppHandle> {
  mkdirSync(options.dataDir, { recursive: true });
  const electron = findElectron();
  if (electron) {
    const app = await _electron.launch({
      executablePath: electron,
      args: [root],
      env: { ...process.env, FINEPRINT_DATA_DIR: options.dataDir },
    });
    const page = await app.firstWindow();
    return {
      page,
      backend: 'electron',
      close: () => app.close(),
      answerNextDialog: (result) =>
        app.evaluate(({ dialog }, r) => {
          const answer = {
            canceled: r.canceled ?? false,
            filePaths: r.filePaths ?? (r.filePath ? [r.filePath] : []),
            filePath: r.filePath ?? r.filePaths?.[0],
          };
          dialog.showOpenDialog = () => Promise.resolve({ canceled: answer.canceled, filePaths: answer.filePaths });
          dialog.showSaveDialog = () => Promise.resolve({ canceled: answer.canceled, filePath: answer.filePath ?? '' });
        }, result),
    };
  }

  const answers: DialogAnswer[] = [];
  const dialogs: DialogPort = {
    openFile: () => Promise.resolve(answerPath(answers.shift())),
    saveFile: () => Promise.resolve(answerPath(answers.shift())),
  };
  const services = await openAppServices({
    dataDir: options.dataDir,
    bundledTemplatesDir: join(root, 'templates'),
    samplesDir: join(root, 'templates', 'samples'),
    store: confStore(options.dataDir),
    dialogs,
    shell: { openPath: () => Promise.resolve() },
    // The report worker as the app ships it (built with the renderer by `npm run build`).
    report:
      options.report ??
      workerReportPort({ workerFile: join(root, 'out/main/report-worker.js'), fontsDir: join(root, 'src/node/report/fonts') }),
  });
  const handlers = createHandlers(services);
  const { browser, origin } = await sharedChromium();
  const context = await browser.newContext();
  // The same sender check main applies, with the harness's own origin in place of app://fineprint.
  await context.exposeBinding('__fineprintIpc', async (source, channel: string, payload: unknown) => {
    if (!isTrustedSender({ url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }, [origin])) {
      return { ok: false, error: { code: 'forbidden', message: 'This request did not come from the FinePrint window.' } };
    }
    // Every reply is checked against the contract, as main does in development builds.
    return dispatchCheckingReplies(handlers, channel, payload);
  });
  // What main/preload.ts exposes: one named function per channel, built from the same method map. A
  // string rather than a function, so no TypeScript runner's helpers (tsx's __name) leak into the page.
  await context.addInitScript(`(() => {
    const methods = ${JSON.stringify(WINDOW_API_METHODS)};
    const api = { appVersion: ${JSON.stringify(APP_VERSION)} };
    for (const [name, channel] of Object.entries(methods)) api[name] = (request) => globalThis.__fineprintIpc(channel, request);
    for (const name of ${JSON.stringify(Object.keys(WINDOW_API_EVENTS))}) api[name] = () => () => undefined;
    Object.defineProperty(globalThis, 'fineprint', { value: Object.freeze(api), writable: false });
  })();`);
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  return {
    page,
    backend: 'chromium',
    close: async () => {
      await context.close();
      services.library.flush();
    },
    answerNextDialog: (result) => {
      answers.push(result);
      return Promise.resolve();
    },
  };
}

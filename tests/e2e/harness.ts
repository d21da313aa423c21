import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { _electron, chromium, type Browser, type Page } from '@playwright/test';
import { APP_VERSION } from '../../src/core/version';
import { CHROMIUM_FLAGS, findChromium, findElectron } from './browsers';
import { RENDERER_DIR, serveRenderer } from './static-server';

const root = join(import.meta.dirname, '../..');

/** A running FinePrint window and how to stop it. */
export interface AppHandle {
  page: Page;
  backend: 'electron' | 'chromium';
  close(): Promise<void>;
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

/**
 * Launches the app over `dataDir`: real Electron where its binary is present, otherwise the built
 * renderer in Chromium with the window API the preload would expose.
 */
export async function launchApp(options: { dataDir: string }): Promise<AppHandle> {
  const electron = findElectron();
  if (electron) {
    const app = await _electron.launch({ executablePath: electron, args: [root, `--user-data-dir=${options.dataDir}`] });
    const page = await app.firstWindow();
    return { page, backend: 'electron', close: () => app.close() };
  }
  const { browser, origin } = await sharedChromium();
  const context = await browser.newContext();
  // What main/preload.ts exposes; later work routes the IPC channels to the src/node handler table here.
  await context.addInitScript((version: string) => {
    Object.defineProperty(globalThis, 'fineprint', { value: Object.freeze({ appVersion: version }), writable: false });
  }, APP_VERSION);
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  return { page, backend: 'chromium', close: () => context.close() };
}

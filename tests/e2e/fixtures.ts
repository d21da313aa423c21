import { test as base } from '@playwright/test';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { stopSharedBrowser, type AppHandle } from './harness';
import { startApp } from './pages/app';
import { LibraryPage } from './pages/library-page';

/** A started FinePrint window and its library page, ready for the user. */
export interface StartedApp {
  app: AppHandle;
  library: LibraryPage;
}

/** Starts (or restarts) the app over a data folder; the fixture closes every window it started. */
export type Launch = (dataDir?: string, viewport?: { width: number; height: number }) => Promise<StartedApp>;

interface AppFixtures {
  /** The test's own, empty data folder, removed after the test. */
  dataDir: string;
  /** Makes another temporary folder (a second library, a folder to save into), removed after the test. */
  tempDir: () => string;
  /** Launches the app; call again over the same folder to relaunch after `app.close()`. */
  launch: Launch;
  /** The app, started over `dataDir` at 1280x860 with the library interactive. */
  app: AppHandle;
  /** The library page of `app`. */
  library: LibraryPage;
}

/**
 * The FinePrint Playwright test: every spec imports `test` and `expect` from here, so the per-test
 * start and stop (data folder, window, clean-up) and the worker's shared browser live in one place.
 */
export const test = base.extend<AppFixtures, { sharedBrowser: undefined }>({
  sharedBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from its first parameter.
    async ({}, use) => {
      await use(undefined);
      await stopSharedBrowser();
    },
    { scope: 'worker', auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern -- as above
  tempDir: async ({}, use) => {
    const made: string[] = [];
    await use(() => {
      const dir = makeTempDir('e2e');
      made.push(dir);
      return dir;
    });
    for (const dir of made) removeTempDir(dir);
  },
  dataDir: async ({ tempDir }, use) => {
    await use(tempDir());
  },
  launch: async ({ dataDir }, use) => {
    const running: AppHandle[] = [];
    await use(async (dir = dataDir, viewport) => {
      const started = await startApp(dir, viewport);
      const { app } = started;
      let closing: Promise<void> | undefined;
      // Closing twice (by the test, then by the fixture) closes once.
      const handle: AppHandle = { ...app, close: () => (closing ??= app.close()) };
      running.push(handle);
      return { app: handle, library: started.library };
    });
    for (const app of running) await app.close();
  },
  app: async ({ launch }, use) => {
    await use((await launch()).app);
  },
  library: async ({ app }, use) => {
    await use(new LibraryPage(app.page));
  },
});

export { expect } from '@playwright/test';

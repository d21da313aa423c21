import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** Flags that keep Chromium quiet and working on a machine with no network but loopback. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** How to get the one prerequisite of the browser tests; printed when it is missing. */
export const CHROMIUM_HELP =
  'The browser tests need a Chromium. Install one with `apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or `npx playwright install chromium` where downloads are allowed, or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** The Chromium to drive: CHROMIUM_PATH, Debian's, or Playwright's managed one. Throws with instructions when none. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const managed = managedChromium();
  if (managed) return managed;
  if (process.env.CHROMIUM_PATH)
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist. ${CHROMIUM_HELP}`);
  throw new Error(`No Chromium found. ${CHROMIUM_HELP}`);
}

function managedChromium(): string | undefined {
  try {
    const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(process.env.HOME ?? '', '.cache', 'ms-playwright');
    if (!existsSync(cache)) return undefined;
    // Playwright's own cache layout, read directly: nothing here may try to download a browser.
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith('chromium-'))
      .sort()
      .reverse()) {
      for (const exe of [
        'chrome-linux/chrome',
        'chrome-linux64/chrome',
        'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
        'chrome-win/chrome.exe',
      ]) {
        const p = join(cache, dir, exe);
        if (existsSync(p)) return p;
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * The Electron executable where one is on disk: ELECTRON_OVERRIDE_DIST_PATH, or node_modules/electron's
 * path.txt with its dist/. Found by reading those files, never by requiring electron (which downloads).
 */
export function findElectron(): string | undefined {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? (relative ? join(root, 'node_modules', 'electron', 'dist') : undefined);
  if (!dist) return undefined;
  const exe = join(dist, relative || 'electron');
  return existsSync(exe) ? exe : undefined;
}

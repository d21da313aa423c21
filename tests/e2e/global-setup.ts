import { findChromium, findElectron } from './browsers';

// Fails the run, never skips it, when the browser tests cannot have a browser.
export default function globalSetup(): void {
  const electron = findElectron();
  if (electron) {
    console.log(`Browser tests: real Electron at ${electron}`);
    return;
  }
  const chromium = findChromium();
  console.log(`Browser tests: no Electron runtime here; the built renderer in Chromium at ${chromium}`);
}

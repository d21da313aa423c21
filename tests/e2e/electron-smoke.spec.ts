import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findElectron } from './browsers';
import { launchApp } from './harness';

const electron = findElectron();
if (!electron) {
  // Said plainly, not hidden: this machine has no Electron runtime, so this one spec cannot run here.
  console.log(
    'Electron smoke test skipped: no Electron runtime on this machine (ELECTRON_OVERRIDE_DIST_PATH or node_modules/electron/dist).',
  );
}

test.describe('real Electron', () => {
  test.skip(!electron, 'no Electron runtime on this machine');

  test('starts hardened: app:// origin, preload API only, no Node, navigation blocked', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fineprint-electron-'));
    const app = await launchApp({ dataDir });
    try {
      const { page } = app;
      expect(app.backend).toBe('electron');
      await expect(page.getByRole('heading', { level: 1, name: 'Assessment library' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/fineprint\//);
      const info = await page.evaluate(async () => {
        const api = (globalThis as unknown as { fineprint: { getAppInfo(): Promise<{ ok: boolean }> } }).fineprint;
        return {
          hasRequire: typeof (globalThis as { require?: unknown }).require,
          hasProcess: typeof (globalThis as { process?: unknown }).process,
          reply: await api.getAppInfo(),
        };
      });
      expect(info).toMatchObject({ hasRequire: 'undefined', hasProcess: 'undefined', reply: { ok: true } });
      await page.evaluate(() => {
        (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
      });
      await page.waitForTimeout(300);
      expect(page.url()).toMatch(/^app:\/\/fineprint\//);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

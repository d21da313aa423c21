import { findElectron } from './browsers';
import { expect, test } from './fixtures';

const electron = findElectron();
if (!electron) {
  // Said plainly, not hidden: this machine has no Electron runtime, so this one spec cannot run here.
  console.log(
    'Electron smoke test skipped: no Electron runtime on this machine (ELECTRON_OVERRIDE_DIST_PATH or node_modules/electron/dist).',
  );
}

test.describe('real Electron', () => {
  test.skip(!electron, 'no Electron runtime on this machine');

  test('starts hardened: app:// origin, preload API only, no Node, navigation blocked', async ({ app }) => {
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
    // A mark on this document: it survives only if the navigation away was blocked.
    await page.evaluate(() => {
      (globalThis as unknown as { __stayed: boolean }).__stayed = true;
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    // A round trip through main after the attempt (no fixed wait): the same document answers it.
    const after = await page.evaluate(async () => {
      const g = globalThis as unknown as { __stayed?: boolean; fineprint: { getAppInfo(): Promise<{ ok: boolean }> } };
      return { reply: await g.fineprint.getAppInfo(), stayed: g.__stayed === true };
    });
    expect(after).toEqual({ reply: expect.objectContaining({ ok: true }) as unknown, stayed: true });
    expect(page.url()).toMatch(/^app:\/\/fineprint\//);
  });
});

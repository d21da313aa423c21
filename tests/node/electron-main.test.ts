import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../src/core/ipc-contract';
import { CONTENT_SECURITY_POLICY } from '../../src/node/renderer-protocol';
import { tempDir } from '../support/temp';

const root = join(import.meta.dirname, '../..');
const bundle = join(root, 'out/main/index.js');
const runner = join(root, 'tests/support/electron-stub/run-main.mjs');

interface MainReport {
  appEvents: string[];
  paths: Record<string, string>;
  singleInstanceLock: number;
  quit: number;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocols: string[];
  channels: string[];
  windows: { options: { webPreferences: Record<string, unknown> } & Record<string, unknown>; preloadExists: boolean; urls: string[] }[];
  permissions: Record<string, boolean>;
  permissionCheck: boolean;
  windowOpen: unknown;
  openedExternally: string[];
  navigationBlocked: { external: boolean; own: boolean };
  webviewBlocked: boolean;
  ipc: Record<'trusted' | 'foreignOrigin' | 'subFrame', unknown>;
  served: Record<'index' | 'escape', { status: number; csp: string | null } | undefined>;
}

/** Runs the built main process in plain Node against the recording electron stub. */
async function runMain(): Promise<MainReport> {
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist: run \`npm run build\` first (\`npm test\` builds before Vitest).`);
  const { stdout } = await promisify(execFile)(process.execPath, [runner, bundle], {
    env: { ...process.env, FINEPRINT_DATA_DIR: tempDir('electron-main') },
    timeout: 60_000,
  });
  return JSON.parse(stdout) as MainReport;
}

// The main process never runs here (no Electron runtime): this catches a bundle that would crash at
// start, a channel left unregistered, or a weakened window, with the runtime replaced by a recorder.
describe('the built main process (out/main/index.js) against a recording electron stub', () => {
  it('starts, registers every channel of the contract, and serves the window under its CSP', { timeout: 90_000 }, async () => {
    const r = await runMain();
    expect(r.channels).toEqual(Object.keys(IPC_CHANNELS).sort());
    expect(r.singleInstanceLock).toBe(1);
    expect(r.quit).toBe(0);
    expect(r.appEvents).toEqual(
      expect.arrayContaining(['window-all-closed', 'second-instance', 'open-file', 'activate', 'before-quit', 'web-contents-created']),
    );
    expect(r.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown },
    ]);
    expect(r.protocols).toEqual(['app']);
    expect(r.served.index).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY });
    expect(r.served.escape?.status).not.toBe(200);
    // A request from the window is answered; one from another origin or a sub-frame is refused.
    expect(r.ipc.trusted).toMatchObject({ ok: true, value: { version: expect.any(String) as unknown } });
    expect(r.ipc.foreignOrigin).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(r.ipc.subFrame).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('creates one hardened window: isolated, sandboxed, no Node, no permissions, no navigation away', { timeout: 90_000 }, async () => {
    const r = await runMain();
    expect(r.windows).toHaveLength(1);
    const [window] = r.windows;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.options.webPreferences).not.toHaveProperty('nodeIntegrationInSubFrames', true);
    expect(window.options.webPreferences).not.toHaveProperty('allowRunningInsecureContent', true);
    expect(window.options.webPreferences).not.toHaveProperty('experimentalFeatures', true);
    expect(window.preloadExists).toBe(true);
    expect(window.urls).toEqual(['app://fineprint/index.html']);
    expect(r.permissions).toEqual({ media: false, notifications: false });
    expect(r.permissionCheck).toBe(false);
    // Links leave for the system browser; the app never opens a second window or a webview.
    expect(r.windowOpen).toEqual({ action: 'deny' });
    expect(r.openedExternally).toEqual(['https://vendor.example/terms']);
    expect(r.navigationBlocked).toEqual({ external: true, own: false });
    expect(r.webviewBlocked).toBe(true);
  });
});

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testApp } from '../support/app-services';
import { medianMs, report } from './measure';

/** The app over a fresh data folder whose settings hold a 500 KB logo, the largest settings a user can have. */
export type AppWithLogo = Awaited<ReturnType<typeof testApp>> & { dir: string };

/**
 * Measures a write that must leave settings.json alone: `prepare` sets the app up, then `<name>.ms` is
 * the median time of `write` and `<name>.bytes` the size of `file`, the one file it writes. Throws
 * when the settings file was rewritten meanwhile.
 */
export async function benchWriteBesideSettings(
  name: string,
  file: string,
  prepare: (app: AppWithLogo) => Promise<void>,
  write: (app: AppWithLogo) => Promise<void> | void,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fineprint-bench-'));
  try {
    const app = { ...(await testApp(dir)), dir };
    const logo = { mediaType: 'image/png' as const, fileName: 'logo.png', base64: 'A'.repeat(680_000) };
    await app.call('settings:update', { logo, organisation: 'Contoso Procurement', assessor: 'Ana Lima' });
    await prepare(app);
    await app.services.positions.flush();
    app.services.library.flush(); // not mid-measure
    const settingsFile = join(dir, 'settings.json');
    const settingsBefore = statSync(settingsFile).mtimeMs;
    const value = await medianMs(() => write(app), { warmup: 5, runs: 31 });
    if (statSync(settingsFile).mtimeMs !== settingsBefore) throw new Error(`${name}: the write rewrote settings.json`);
    report({ name: `${name}.ms`, value, unit: 'ms', backend: 'node' });
    report({ name: `${name}.bytes`, value: statSync(join(dir, file)).size, unit: 'bytes', backend: 'node' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

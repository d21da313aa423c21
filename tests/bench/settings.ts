import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionPosition } from '../../src/core/settings-schema';
import { createHandlers, dispatch } from '../../src/node/ipc/handlers';
import { testApp } from '../support/app-services';
import { medianMs, report } from './measure';

const SCREENS = ['profile', 'checks', 'data-path', 'review'] as const;
const uuid = (i: number) => `7d4f0c2e-5b1a-4c3e-9f6a-${i.toString(16).padStart(12, '0')}`;

/**
 * settings.position.ms and settings.position.bytes: one move between checks as the window sends it
 * (one resume point), persisted, with a 500 KB logo in the settings and 200 other saved positions.
 */
export async function benchSettings(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fineprint-bench-'));
  try {
    const app = await testApp(dir);
    const logo = { mediaType: 'image/png' as const, fileName: 'logo.png', base64: 'A'.repeat(680_000) };
    await app.call('settings:update', { logo, organisation: 'Contoso Procurement', assessor: 'Ana Lima' });
    for (let i = 0; i < 200; i++) await app.call('positions:set', { id: uuid(i), position: { screen: 'checks', checkId: `check-${i}` } });
    await app.services.positions.flush();
    app.services.library.flush(); // not mid-measure
    const settingsFile = join(dir, 'settings.json');
    const settingsBefore = statSync(settingsFile).mtimeMs;
    const handlers = createHandlers(app.services);
    let i = 0;
    const value = await medianMs(
      async () => {
        i += 1;
        const position: SessionPosition = { screen: SCREENS[i % SCREENS.length] ?? 'checks', checkId: `check-${i}` };
        const r = await dispatch(handlers, 'positions:set', { id: uuid(0), position });
        if (!r.ok) throw new Error(r.error.message);
        await app.services.positions.flush();
      },
      { warmup: 5, runs: 31 },
    );
    if (statSync(settingsFile).mtimeMs !== settingsBefore) throw new Error('a move between checks rewrote settings.json');
    report({ name: 'settings.position.ms', value, unit: 'ms', backend: 'node' });
    // Bytes written per move: the positions file, written once; settings.json is not touched.
    report({ name: 'settings.position.bytes', value: statSync(join(dir, 'positions.json')).size, unit: 'bytes', backend: 'node' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

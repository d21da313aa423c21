import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testApp } from '../support/app-services';
import { miniTemplate } from '../support/builders';
import { medianMs, report } from './measure';

const ASSESSMENTS = 200;

/**
 * library.index.flush.ms and library.index.flush.bytes: one write of the library index of 200
 * assessments, with a 500 KB logo in the settings; the settings file must not be rewritten.
 */
export async function benchLibraryIndex(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fineprint-bench-'));
  try {
    const app = await testApp(dir);
    const logo = { mediaType: 'image/png' as const, fileName: 'logo.png', base64: 'A'.repeat(680_000) };
    await app.call('settings:update', { logo, organisation: 'Contoso Procurement', assessor: 'Ana Lima' });
    const template = miniTemplate();
    for (let i = 0; i < ASSESSMENTS; i++) {
      await app.services.library.create(template, { vendor: `Vendor ${i}`, service: `Service ${i}`, data: ['public'], actions: 'none' });
    }
    app.services.library.flush();
    const settingsFile = join(dir, 'settings.json');
    const settingsBefore = statSync(settingsFile).mtimeMs;
    const value = await medianMs(
      () => {
        if (!app.services.library.flush()) throw new Error('the library index was not written');
      },
      { warmup: 5, runs: 31 },
    );
    if (statSync(settingsFile).mtimeMs !== settingsBefore) throw new Error('an index flush rewrote settings.json');
    report({ name: 'library.index.flush.ms', value, unit: 'ms', backend: 'node' });
    report({ name: 'library.index.flush.bytes', value: statSync(join(dir, 'library-index.json')).size, unit: 'bytes', backend: 'node' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFineprint } from '../../src/core/file-format';
import { workerReportPort } from '../../src/node/report/worker-report-port';
import type { LibrarySummary } from '../../src/core/library-summary';
import { testApp } from '../support/app-services';
import { tempDir } from '../support/temp';
import { readPdf } from './report-helpers';

const root = join(import.meta.dirname, '../..');
// The worker as the app ships it (built by `npm run build`, which `npm test` runs first).
const workerFile = join(root, 'out/main/report-worker.js');
const fontsDir = join(root, 'src/node/report/fonts');

describe('the report worker the window export uses', () => {
  it('renders a library assessment in a worker thread with the user’s settings', { timeout: 60_000 }, async () => {
    const decoded = decodeFineprint(readFileSync(join(root, 'templates/samples/model-api-zero-retention-eu.fineprint')));
    if (!decoded.ok) throw new Error('sample did not decode');
    if (!existsSync(workerFile)) throw new Error('out/main/report-worker.js is missing: run `npm run build` first (`npm test` does).');
    const port = workerReportPort({ workerFile, fontsDir });
    const pdf = await port.render(decoded.value.assessment, {
      generatedAt: '2026-11-05T09:00:00.000Z',
      paper: 'letter',
      confidentiality: 'Board only',
      organisation: 'Contoso Procurement',
      assessor: 'Ana Lima',
    });
    const read = await readPdf(pdf);
    const text = read.pages.map((p) => p.text).join('\n');
    expect(text).toContain('Contoso Procurement');
    expect(text).toContain('Board only');
    expect(text).toContain('Ana Lima');
  });

  it('reports a failure as an error, not a hang', { timeout: 60_000 }, async () => {
    const port = workerReportPort({ workerFile, fontsDir: join(root, 'no-such-folder') });
    const decoded = decodeFineprint(readFileSync(join(root, 'templates/samples/model-api-zero-retention-eu.fineprint')));
    if (!decoded.ok) throw new Error('sample did not decode');
    await expect(port.render(decoded.value.assessment, { generatedAt: '2026-11-05T09:00:00.000Z' })).rejects.toThrow(
      /could not be rendered: .*no-such-folder/,
    );
  });
});

describe('report:export-pdf, as the window calls it', () => {
  it(
    'renders in the worker and writes the PDF atomically where the user chose, with the settings applied',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir();
      const app = await testApp(dir, workerReportPort({ workerFile, fontsDir }));
      await app.call('settings:update', { organisation: 'Northwind Procurement', confidentialityLabel: 'Strictly confidential' });
      const s = await app.call<LibrarySummary>('library:open-sample', { fileName: 'suite-copilot-second-model-maker.fineprint' });
      app.dialogs.answers.push(join(dir, 'report.pdf'));
      const out = await app.call<{ status: string; filePath: string }>('report:export-pdf', {
        id: s.id,
        options: { includeInternalNotes: false },
      });
      expect(out).toMatchObject({ status: 'saved', filePath: join(dir, 'report.pdf') });
      const text = (await readPdf(readFileSync(out.filePath))).pages.map((p) => p.text).join('\n');
      expect(text).toContain('Northwind Procurement');
      expect(text).toContain('Strictly confidential');
      expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    },
  );
});

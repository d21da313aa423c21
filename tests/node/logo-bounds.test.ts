import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeFineprint } from '../../src/core/file-format';
import type { LibrarySummary } from '../../src/core/library-summary';
import type { Settings } from '../../src/core/settings-schema';
import { runFineprint } from '../support/cli';
import { DEFAULT_SETTINGS, type Logo } from '../../src/core/settings-schema';
import { renderReport } from '../../src/node/report/export-report';
import { windowReportOptions } from '../../src/node/report/window-report-options';
import { workerReportPort } from '../../src/node/report/worker-report-port';
import { testApp } from '../support/app-services';
import { jpegHead, pngBomb, pngImage } from '../support/images';
import { stressAssessment } from '../support/stress';
import { tempDir } from '../support/temp';
import { reportAssessment } from '../unit/report-fixtures';
import { readPdf } from './report-helpers';

const root = join(import.meta.dirname, '../..');
const workerFile = join(root, 'out/main/report-worker.js');
const fontsDir = join(root, 'src/node/report/fonts');
const TOO_BIG = 'is 11,000 × 11,000 pixels; a logo may be at most 4,096 pixels a side and 4,194,304 pixels in all (such as 2,048 × 2,048)';

const GENERATED_AT = { generatedAt: '2026-11-05T09:00:00.000Z' };

/** Renders a report the way the window export does, with `logo` in Settings. */
const renderWithSettingsLogo = async (logo: Logo) => {
  const report = windowReportOptions({}, { ...DEFAULT_SETTINGS, organisation: 'Contoso', logo });
  if (!report.ok) throw new Error(report.message);
  return renderReport(reportAssessment(), report.options);
};

const settingsLogo = (bytes: Buffer, fileName: string, mediaType: 'image/png' | 'image/jpeg' = 'image/png'): Logo => ({
  mediaType,
  fileName,
  base64: bytes.toString('base64'),
});

describe('logo bounds when the logo is chosen', () => {
  it('refuses a decompression bomb and an oversized JPEG in Settings, keeping the logo the user had', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    writeFileSync(join(dir, 'logo.png'), pngImage(40, 20));
    writeFileSync(join(dir, 'bomb.png'), pngBomb(11000, 11000));
    writeFileSync(join(dir, 'huge.jpg'), jpegHead(65500, 65500));
    app.dialogs.answers.push(join(dir, 'logo.png'), join(dir, 'bomb.png'), join(dir, 'huge.jpg'));
    await app.call('settings:choose-logo');
    expect(await app.raw('settings:choose-logo')).toMatchObject({ ok: false, error: { code: 'invalid', message: `bomb.png ${TOO_BIG}.` } });
    expect(await app.raw('settings:choose-logo')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^huge\.jpg is 65,500 × 65,500 pixels; a logo may be at most/) as unknown },
    });
    expect((await app.call<Settings>('settings:get')).logo).toMatchObject({ fileName: 'logo.png', mediaType: 'image/png' });
  });

  it('takes the type from the bytes, not the name: a JPEG named .png is stored as a JPEG', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    writeFileSync(join(dir, 'photo.png'), jpegHead(300, 100));
    app.dialogs.answers.push(join(dir, 'photo.png'));
    expect((await app.call<Settings>('settings:choose-logo')).logo).toMatchObject({ mediaType: 'image/jpeg' });
  });

  it('refuses --logo bombs in the CLI with exit 2 and writes no report', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.fineprint'), encodeFineprint(reportAssessment()));
    writeFileSync(join(dir, 'bomb.png'), pngBomb(11000, 11000));
    const r = await runFineprint(dir, 'report', 'a.fineprint', '-o', 'a.pdf', '--logo', 'bomb.png');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`fineprint report: logo bomb.png: ${TOO_BIG}`);
    expect(readdirSync(dir)).not.toContain('a.pdf');
  });
});

describe('logo bounds when the report is rendered', () => {
  it('refuses a logo in Settings from before the limits, naming it and what to do, before asking where to save', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    // Set the way an older FinePrint (or a window calling settings:update) could, without the choose-time check.
    await app.call('settings:update', { logo: settingsLogo(pngBomb(11000, 11000), 'bomb.png') });
    const s = await app.call<LibrarySummary>('library:open-sample', { fileName: 'suite-copilot-second-model-maker.fineprint' });
    app.dialogs.answers.push(join(dir, 'report.pdf'));
    expect(await app.raw('report:export-pdf', { id: s.id, options: {} })).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining(
          `The logo chosen in Settings (bomb.png) ${TOO_BIG}. Choose another logo in Settings, or clear it.`,
        ) as unknown,
      },
    });
    expect(app.dialogs.asked).toEqual([]);
    expect(readdirSync(dir)).not.toContain('report.pdf');
  });

  it('reports a logo whose header is fine but whose data is damaged, instead of leaving it out silently', async () => {
    const damaged = pngBomb(2048, 2048);
    await expect(renderWithSettingsLogo(settingsLogo(damaged, 'cut.png'))).rejects.toThrow(
      /^The logo could not be drawn \(.+\)\. Choose another logo, or leave it out\.$/,
    );
  });

  it('draws a logo within the limits, whatever type the settings claimed', async () => {
    const pdf = await renderWithSettingsLogo(settingsLogo(pngImage(64, 32), 'logo.jpg', 'image/jpeg'));
    expect((await readPdf(pdf, { images: true })).pages[0]?.images).toBe(1);
  });
});

describe('report worker limits', () => {
  const built = () => {
    if (!existsSync(workerFile)) throw new Error('out/main/report-worker.js is missing: run `npm run build` first (`npm test` does).');
  };

  it('stops a report that runs past its time limit and says so', { timeout: 60_000 }, async () => {
    built();
    const port = workerReportPort({ workerFile, fontsDir, timeLimitMs: 50 });
    await expect(port.render(stressAssessment(1000), GENERATED_AT)).rejects.toThrow(
      'the report took longer than 0.1 s and was stopped (a very large assessment or logo can do this)',
    );
  });

  it('stops a report that needs more memory than its limit and says so', { timeout: 60_000 }, async () => {
    built();
    const port = workerReportPort({ workerFile, fontsDir, memoryLimitMb: 8 });
    await expect(port.render(stressAssessment(1000), GENERATED_AT)).rejects.toThrow(
      'the report needed more than 8 MB of memory and was stopped (a very large assessment or logo can do this)',
    );
  });

  it('renders the same report within the default limits', { timeout: 60_000 }, async () => {
    built();
    const pdf = await workerReportPort({ workerFile, fontsDir }).render(reportAssessment(), GENERATED_AT);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
  });
});

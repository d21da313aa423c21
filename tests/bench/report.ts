// PDF report figures for `npm run bench`: each sample assessment, and the 1,000-check stress assessment.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../../src/core/engine/evaluate';
import { decodeFineprint, encodeFineprint, type DecodedFile } from '../../src/core/file-format';
import { buildReportModel } from '../../src/core/report/model';
import { renderReportPdf, type ReportFonts } from '../../src/core/report/render';
import { loadReportFonts } from '../../src/node/report/load-fonts';
import { stressAssessment } from '../support/stress';
import { medianMs, report } from './measure';

const SAMPLES = join(import.meta.dirname, '../../templates/samples');

function decode(bytes: Uint8Array, name: string): DecodedFile {
  const decoded = decodeFineprint(bytes);
  if (!decoded.ok) throw new Error(`${name}: ${decoded.problems.map((p) => p.message).join('; ')}`);
  return decoded.value;
}

/** What the CLI and the window do once the file is open: evaluate, build the model, render the PDF. */
function makeReport(file: DecodedFile, fonts: ReportFonts): Uint8Array {
  const { assessment } = file;
  const model = buildReportModel(assessment, evaluate(assessment), {
    generatedAt: '2026-03-05T09:00:00.000Z',
    integrity: { digest: file.integrity, matches: file.integrityOk },
  });
  return renderReportPdf(model, { fonts });
}

/** Prints report.sample.ms/bytes per sample (targets 200 ms warm, 80 KB) and report.stress1000.ms/bytes (1.5 s, 400 KB). */
export async function benchReport(): Promise<void> {
  const fonts = await loadReportFonts();
  const samples = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.fineprint'))
    .sort();
  for (const sample of samples) {
    const file = decode(readFileSync(join(SAMPLES, sample)), sample);
    const bytes = makeReport(file, fonts).length;
    report({
      name: 'report.sample.ms',
      value: await medianMs(() => makeReport(file, fonts), { warmup: 5, runs: 21 }),
      unit: 'ms',
      backend: 'node',
      sample,
    });
    report({ name: 'report.sample.bytes', value: bytes, unit: 'bytes', backend: 'node', sample });
  }
  const stress = decode(new TextEncoder().encode(encodeFineprint(stressAssessment(1000))), 'stress');
  const bytes = makeReport(stress, fonts).length;
  report({
    name: 'report.stress1000.ms',
    value: await medianMs(() => makeReport(stress, fonts), { warmup: 2, runs: 7 }),
    unit: 'ms',
    backend: 'node',
  });
  report({ name: 'report.stress1000.bytes', value: bytes, unit: 'bytes', backend: 'node' });
}

// Figures for hostile input that FinePrint bounds (issue 15): how fast each attack is refused or cut down.
import { decodeTemplate } from '../../src/core/template-file';
import { renderReport } from '../../src/node/report/export-report';
import { hugeNotesAssessment } from '../support/huge-notes';
import { conditionBombBytes } from '../support/template-bomb';
import { medianMs, report } from './measure';

/**
 * Prints template.bomb.refuse.ms: refusing the 23 MB, 737,500-comparison condition bomb (was 16.8 s and 2.5 GB);
 * report.hugenotes.ms/bytes: the report of a 24 MB assessment of notes, bounded (was 10,794 pages in 25-63 s).
 */
export async function benchBounds(): Promise<void> {
  const bomb = conditionBombBytes();
  report({
    name: 'template.bomb.refuse.ms',
    value: await medianMs(
      () => {
        if (decodeTemplate(bomb).ok) throw new Error('the condition bomb was accepted');
      },
      { warmup: 2, runs: 9 },
    ),
    unit: 'ms',
    backend: 'node',
  });

  const huge = hugeNotesAssessment();
  let bytes = 0;
  report({
    name: 'report.hugenotes.ms',
    value: await medianMs(
      async () => {
        bytes = (await renderReport(huge, { generatedAt: '2026-11-05T09:00:00.000Z' })).length;
      },
      { warmup: 1, runs: 3 },
    ),
    unit: 'ms',
    backend: 'node',
  });
  report({ name: 'report.hugenotes.bytes', value: bytes, unit: 'bytes', backend: 'node' });
}

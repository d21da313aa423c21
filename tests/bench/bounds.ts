// Figures for hostile input that FinePrint bounds (issue 15): how fast each attack is refused or cut down.
import { decodeTemplate } from '../../src/core/template-file';
import { conditionBombBytes } from '../support/template-bomb';
import { medianMs, report } from './measure';

/** Prints template.bomb.refuse.ms: refusing the 23 MB, 737,500-comparison condition bomb (was 16.8 s and 2.5 GB). */
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
}

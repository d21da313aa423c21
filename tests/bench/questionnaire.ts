import { buildQuestionnaire } from '../../src/node/questionnaire/export';
import { stressAssessment } from '../support/stress';
import { medianMs, report } from './measure';

/** Questionnaire workbook export for the 1,000-check stress template (target <= 1,500 ms). */
export async function benchQuestionnaire(): Promise<void> {
  const stress = stressAssessment(1000);
  const options = { buyer: 'Bench Buyer', date: new Date('2026-12-01T00:00:00Z') };
  report({
    name: 'questionnaire.export.ms',
    value: await medianMs(() => buildQuestionnaire(stress, options), { warmup: 2, runs: 7 }),
    unit: 'ms',
    backend: 'node',
  });
}

// `npm run --silent bench`: prints only JSON lines {name, value, unit, backend?, sample?}.
import { evaluate } from '../../src/core/engine/evaluate';
import { stressAssessment } from '../support/stress';
import { benchBounds } from './bounds';
import { benchLibraryIndex } from './library-index';
import { medianMs, report } from './measure';
import { benchPortfolio } from './portfolio';
import { benchQuestionnaire } from './questionnaire';
import { benchReport } from './report';
import { benchSettings } from './settings';
import { benchStorage } from './storage';
import { benchUi } from './ui';

const stress = stressAssessment(1000);
const checksAnswered = Object.keys(stress.answers).length;
if (checksAnswered !== 1000) throw new Error(`stress assessment has ${checksAnswered} answers, expected 1000`);

// Score and findings for a generated 1,000-check template, all answered (target <= 5 ms).
report({
  name: 'score.stress1000.ms',
  value: await medianMs(() => evaluate(stress), { warmup: 20, runs: 51 }),
  unit: 'ms',
  backend: 'node',
});

await benchStorage();
await benchSettings();
await benchLibraryIndex();
await benchBounds();
await benchReport();
await benchQuestionnaire();
await benchPortfolio();
await benchUi();

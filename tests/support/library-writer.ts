// A second FinePrint in a child process: `tsx library-writer.ts <dataDir> <id> <label> <saves>`.
// It opens the library, opens one assessment, waits for "go" on stdin, then saves it <saves> times,
// each save adding one history line "<label>-<n>" to what it holds (as a user's edits accumulate).
// It prints one JSON line: the labels of the saves that were acknowledged.
import { createInterface } from 'node:readline';
import { toStored } from '../../src/core/stored-assessment';
import { AssessmentLibrary } from '../../src/node/library/assessment-library';

const [dataDir = '', id = '', label = '', saves = '0'] = process.argv.slice(2);
const index = { read: () => ({}), write: () => undefined };
const library = await AssessmentLibrary.open(dataDir, { index });
const { assessment, templateRef } = await library.get(id);
let current = toStored(assessment, templateRef);
process.stdout.write('ready\n');
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
const acknowledged: string[] = [];
const refused: string[] = [];
for (let n = 0; n < Number(saves); n++) {
  const at = new Date().toISOString();
  current = {
    ...current,
    updatedAt: at,
    history: [...current.history, { at, by: label, event: { kind: 'note' as const, text: `${label}-${n}` } }],
  };
  try {
    await library.save(current);
    acknowledged.push(`${label}-${n}`);
  } catch (error) {
    refused.push(`${label}-${n}: ${(error as Error).message}`);
  }
}
process.stdout.write(`${JSON.stringify({ acknowledged, refused })}\n`);
process.exit(0);

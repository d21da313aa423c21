// Writes templates/samples/*.fineprint from the sample definitions (`npm run samples`). Run it after
// changing the default template or a sample: the tests compare the committed files with a fresh build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES_DIR, buildSamples } from './samples/index';

const dir = join(import.meta.dirname, '../../..', SAMPLES_DIR);
mkdirSync(dir, { recursive: true });
for (const { fileName, text } of buildSamples()) {
  writeFileSync(join(dir, fileName), text);
  console.log(`wrote ${SAMPLES_DIR}/${fileName}`);
}

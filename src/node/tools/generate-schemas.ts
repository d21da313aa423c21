// Writes templates/*.schema.json from the zod schemas in src/core (`npm run schemas`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedJsonSchemas } from '../../core/json-schemas';

const dir = join(import.meta.dirname, '../../../templates');
for (const [name, text] of Object.entries(generatedJsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote templates/${name}`);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedJsonSchemas } from '../../src/core/json-schemas';
import { APP_VERSION } from '../../src/core/version';

const root = join(import.meta.dirname, '../..');

describe('generated and duplicated facts stay true', () => {
  for (const [name, text] of Object.entries(generatedJsonSchemas())) {
    it(`templates/${name} matches the zod schema (run \`npm run schemas\` after changing a schema)`, () => {
      expect(readFileSync(join(root, 'templates', name), 'utf8')).toBe(text);
    });
  }

  it('the app version in src/core matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});

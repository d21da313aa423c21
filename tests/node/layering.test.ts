import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
// The project's own config, but only the layering rules, and without type information (the probe
// files do not exist on disk, so the TypeScript project service cannot see them).
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-globals',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

/** Lints a line of code as if it were a file in `folder`, returning the layering messages. */
async function layerErrors(folder: string, code: string, ext = 'ts'): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = 1;\n`, { filePath: join(root, folder, `layer-probe.${ext}`) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('the layering lint (STYLE.md) bites', () => {
  it.each([
    ['src/core', "import { app } from 'electron';"],
    ['src/core', "import { readFileSync } from 'node:fs';"],
    ['src/core', "import { join } from 'path';"],
    ['src/core', "import { useState } from 'react';"],
    ['src/core', "import { readDocumentBytes } from '../node/read-document';"],
    ['src/node', "import { app } from 'electron';"],
    ['src/node', "import { App } from '../../renderer/src/app';"],
    ['main', "import { App } from '../renderer/src/app';"],
    ['renderer/src', "import { ipcRenderer } from 'electron';"],
    ['renderer/src', "import { readFileSync } from 'node:fs';"],
    ['renderer/src', "import '../../main/index';"],
    ['renderer/src', "import { readDocumentBytes } from '../../src/node/read-document';"],
  ])('refuses in %s: %s', async (folder, code) => {
    const errors = await layerErrors(folder, code);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/may not import/);
  });

  it('refuses DOM globals in src/core', async () => {
    expect(await layerErrors('src/core', 'export const w = document.title;')).toEqual([expect.stringMatching(/document/)]);
  });

  it.each([
    ['src/core', "import { z } from 'zod';"],
    ['src/node', "import { readFileSync } from 'node:fs';"],
    ['src/node', "import { evaluate } from '../core/engine/evaluate';"],
    ['main', "import { app } from 'electron';"],
    ['renderer/src', "import { evaluate } from '../../src/core/engine/evaluate';"],
  ])('allows in %s: %s', async (folder, code) => {
    expect(await layerErrors(folder, code)).toEqual([]);
  });
});

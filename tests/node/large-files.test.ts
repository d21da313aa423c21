import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeFineprint } from '../../src/core/file-format';
import { runFineprint } from '../support/cli';
import { stressAssessment } from '../support/stress';
import { tempDir } from '../support/temp';

async function validate(dir: string, file: string) {
  const { code, stdout, stderr } = await runFineprint(dir, 'validate', file);
  return { code, output: [stdout, stderr].filter(Boolean).join('\n') };
}

describe('file size limits', () => {
  it('opens a 5 MB assessment', async () => {
    const dir = tempDir();
    const a = stressAssessment(1000);
    for (const answer of Object.values(a.answers))
      answer.notes = [
        {
          id: 'n-1',
          text: 'A long note about the vendor’s terms. '.repeat(130),
          visibility: 'shared',
          createdAt: '2026-11-03T10:00:00.000Z',
        },
      ];
    const text = encodeFineprint(a);
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    writeFileSync(join(dir, 'big.fineprint'), text);
    expect(await validate(dir, 'big.fineprint')).toMatchObject({ code: 0, output: expect.stringMatching(/valid assessment/) as unknown });
  });

  it('refuses a 60 MB file before reading it, with exit 1', async () => {
    const dir = tempDir();
    const path = join(dir, 'huge.fineprint');
    writeFileSync(path, '');
    truncateSync(path, 60 * 1024 * 1024); // sparse: reading it would take time and memory; refusing it must not
    expect(await validate(dir, 'huge.fineprint')).toEqual({
      code: 1,
      output: 'huge.fineprint: $: is too large (60.0 MB; the limit is 25.0 MB)',
    });
  });
});

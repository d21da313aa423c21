import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';

// The tests run in order within this file: the second checks what the first left behind.
describe('temporary folders of the tests', () => {
  const made: string[] = [];

  it('are fresh and usable during the test that made them', () => {
    const dir = tempDir('leak-check');
    writeFileSync(join(dir, 'evidence.pdf'), 'a file that must not outlive the test');
    made.push(dir, tempDir('leak-check'));
    expect(made[0]).not.toBe(made[1]);
    expect(made.every((d) => existsSync(d))).toBe(true);
  });

  it('are gone, with their files, once that test has finished', () => {
    expect(made).toHaveLength(2);
    expect(made.filter((d) => existsSync(d))).toEqual([]);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/assessment-schema';
import { encodeFineprint } from '../../src/core/file-format';
import { startRound } from '../../src/core/rounds';
import { miniAssessment } from '../support/builders';
import { runFineprint } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

let dir: string;
const cli = (...argv: string[]) => runFineprint(dir, ...argv);
const SAVED = new Date('2027-02-01T09:00:00.000Z');

function roundOne(): Assessment {
  const a = miniAssessment({ 'region-01': 'good', 'identity-01': 'good', 'identity-02': 'good' });
  a.answers['identity-02'] = { notes: [], evidence: [], response: { kind: 'option', option: 'good' }, value: 3 };
  return a;
}

/** Three rounds: round 2 changes nothing, round 3 turns single sign-on to "No" and the leaver figure to 14 days. */
function threeRounds(): Assessment {
  const two = startRound(roundOne(), undefined, { at: '2027-01-10T09:00:00.000Z', by: '' });
  const three = startRound(two, undefined, { at: '2027-01-20T09:00:00.000Z', by: '' });
  three.answers['region-01'] = { notes: [], evidence: [], response: { kind: 'option', option: 'bad' } };
  three.answers['identity-02'] = { notes: [], evidence: [], response: { kind: 'option', option: 'good' }, value: 14 };
  return three;
}

beforeAll(() => {
  dir = makeTempDir('diff-cli');
  writeFileSync(join(dir, 'rounds.fineprint'), encodeFineprint(threeRounds(), SAVED));
  writeFileSync(join(dir, 'one.fineprint'), encodeFineprint(roundOne(), SAVED));
  const other = miniAssessment({ 'region-01': 'bad' }, { service: 'Other Bot', vendor: 'Other Corp' });
  writeFileSync(join(dir, 'other.fineprint'), encodeFineprint(other, SAVED));
  writeFileSync(join(dir, 'broken.fineprint'), '{"format":"fineprint"');
});
afterAll(() => removeTempDir(dir));

describe('fineprint diff', () => {
  it('compares the previous round with the current one by default, in plain words', async () => {
    const r = await cli('diff', 'rounds.fineprint');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('From round 2:');
    expect(r.stdout).toContain('To   round 3:');
    expect(r.stdout).toContain('Does the vendor handle region-01 well? (Region): was “Yes, in the contract”, now “No”.');
    expect(r.stdout).toContain('Does the vendor handle identity-02 well? (Identity): was 3 days, now 14 days.');
    expect(r.stderr).toBe('');
  });

  it('compares two chosen rounds, and finds nothing between a round and an unchanged next one', async () => {
    const r = await cli('diff', 'rounds.fineprint', '--from', '1', '--to', '2', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { empty: boolean; from: { round: number }; to: { round: number }; sections: unknown[] };
    expect(json).toMatchObject({ empty: true, from: { round: 1 }, to: { round: 2 }, sections: [] });
    const text = await cli('diff', 'rounds.fineprint', '--from', '1', '--to', '2');
    expect(text.stdout).toContain('No changes.');
  });

  it('prints one JSON object with the changes and their wording', async () => {
    const r = await cli('diff', 'rounds.fineprint', '--from', '1', '--to', '3', '--json');
    const json = JSON.parse(r.stdout) as {
      answers: { checkId: string; before: unknown; after: unknown }[];
      figures: { checkId: string; before: number; after: number }[];
      rating: { from: string; to: string } | null;
      sections: { key: string; lines: string[] }[];
    };
    expect(json.answers).toEqual([
      expect.objectContaining({
        checkId: 'region-01',
        before: { kind: 'options', labels: ['Yes, in the contract'] },
        after: { kind: 'options', labels: ['No'] },
      }),
    ]);
    expect(json.figures).toEqual([expect.objectContaining({ checkId: 'identity-02', before: 3, after: 14 })]);
    expect(json.rating).not.toBeNull();
    expect(json.sections.map((s) => s.key)).toEqual(['rating', 'answers', 'figures']);
  });

  it('compares two files, warning on stderr when they assess different services', async () => {
    const same = await cli('diff', 'one.fineprint', 'rounds.fineprint');
    expect(same.code).toBe(0);
    expect(same.stderr).toBe('');
    expect(same.stdout).toContain('From one.fineprint:');
    const other = await cli('diff', 'one.fineprint', 'other.fineprint', '--json');
    expect(other.code).toBe(0);
    expect(other.stderr).toMatch(/warning: .*Example Copilot \(Example Vendor\).*Other Bot \(Other Corp\).*different services/);
    expect(() => JSON.parse(other.stdout) as unknown).not.toThrow();
  });

  it('exits as validate does: 1 for an invalid file, 2 for usage errors and missing rounds', async () => {
    expect((await cli('diff', 'broken.fineprint')).code).toBe(1);
    expect((await cli('diff', 'missing.fineprint')).code).toBe(2);
    expect((await cli('diff')).code).toBe(2);
    const none = await cli('diff', 'one.fineprint');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('has no round before round 1');
    const nine = await cli('diff', 'rounds.fineprint', '--from', '9');
    expect(nine.code).toBe(2);
    expect(nine.stderr).toContain('has no round 9 (the file has rounds 1, 2, 3)');
    expect((await cli('diff', 'rounds.fineprint', '--from', 'x')).code).toBe(2);
    expect((await cli('diff', 'one.fineprint', 'rounds.fineprint', '--from', '1')).code).toBe(2);
  });

  it('has help that names both forms', async () => {
    const r = await cli('diff', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fineprint diff <a.fineprint> <b.fineprint> [--json]');
    expect(r.stdout).toContain('fineprint diff <file.fineprint> [--from N] [--to M] [--json]');
    expect((await cli('--help')).stdout).toContain('diff');
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/assessment-schema';
import { encodeFineprint } from '../../src/core/file-format';
import { AssessmentLibrary } from '../../src/node/library/assessment-library';
import { miniAssessment } from '../support/builders';
import { runFineprint } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

let dir: string;
const cli = (...argv: string[]) => runFineprint(dir, ...argv);
const TODAY = '2026-12-02';

function assessment(id: string, service: string, patch: (a: Assessment) => void): Assessment {
  const a = miniAssessment({ 'region-01': 'good', 'identity-01': 'good', 'identity-02': 'good' }, { service });
  a.id = id;
  patch(a);
  return a;
}

const overdue = assessment('0e7c3b6a-1f2d-4c5b-8a9e-000000000001', 'Overdue Copilot', (a) => {
  a.nextReviewOn = '2026-11-20';
  a.answers['region-01'].evidence = [
    { id: 'e1', title: 'SOC 2 report', validUntil: '2026-11-30' },
    { id: 'e2', title: 'ISO certificate', validUntil: '2026-10-01' },
    { id: 'e3', title: 'DPA' },
  ];
});
const soon = assessment('0e7c3b6a-1f2d-4c5b-8a9e-000000000002', 'Soon Assistant', (a) => {
  a.nextReviewOn = '2026-12-12';
});
const later = assessment('0e7c3b6a-1f2d-4c5b-8a9e-000000000003', 'Later Search', (a) => {
  a.nextReviewOn = '2027-09-01';
});
const undated = assessment('0e7c3b6a-1f2d-4c5b-8a9e-000000000004', 'Undated Notes', () => undefined);

beforeAll(async () => {
  dir = makeTempDir('due-cli');
  mkdirSync(join(dir, 'shared'));
  const at = new Date('2026-11-02T09:00:00.000Z');
  for (const [name, a] of [
    ['d.fineprint', undated],
    ['c.fineprint', later],
    ['b.fineprint', soon],
    ['a.fineprint', overdue],
  ] as const)
    writeFileSync(join(dir, 'shared', name), encodeFineprint(a, at));
  writeFileSync(join(dir, 'shared', 'broken.fineprint'), 'this is not json');
  writeFileSync(join(dir, 'shared', 'notes.txt'), 'not an assessment, not listed');

  const library = await AssessmentLibrary.open(join(dir, 'data'), { index: { read: () => ({}), write: () => undefined } });
  await library.import(overdue);
  await library.import(later);
  library.flush();
});
afterAll(() => removeTempDir(dir));

describe('fineprint due', () => {
  it('lists a folder of shared files by what needs attention first, with state and expired evidence', async () => {
    const r = await cli('due', 'shared', '--json', '--today', TODAY);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      today: string;
      assessments: Record<string, unknown>[];
      unreadable: { file: string; problem: string }[];
    };
    expect(out.today).toBe(TODAY);
    expect(out.assessments.map((x) => [x.service, x.state, x.daysUntilReview, x.expiredEvidence])).toEqual([
      ['Overdue Copilot', 'overdue', -12, 2],
      ['Soon Assistant', 'due-soon', 10, 0],
      ['Later Search', 'scheduled', 273, 0],
      ['Undated Notes', 'no-date', null, 0],
    ]);
    expect(out.assessments[0]).toEqual({
      service: 'Overdue Copilot',
      vendor: 'Example Vendor',
      file: join('shared', 'a.fineprint'),
      rating: 'low',
      nextReviewOn: '2026-11-20',
      state: 'overdue',
      daysUntilReview: -12,
      evidenceExpiresOn: '2026-10-01',
      expiredEvidence: 2,
    });
    expect(out.unreadable).toEqual([{ file: join('shared', 'broken.fineprint'), problem: expect.stringMatching(/JSON/i) as unknown }]);
    expect(r.stderr).toContain(join('shared', 'broken.fineprint'));
  });

  it('prints a readable list with a one-line count of what is due', async () => {
    const r = await cli('due', 'shared', '--today', TODAY);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('4 assessments on 2026-12-02: 1 overdue, 1 due within 30 days, 1 with expired evidence');
    expect(lines[1]).toMatch(
      /^ {2}2026-11-20 +Overdue Copilot \(Example Vendor\) +overdue by 12 days; 2 expired evidence +shared[/\\]a\.fineprint$/,
    );
    expect(lines[2]).toMatch(/Soon Assistant .* due in 10 days /);
    expect(lines[4]).toMatch(/^ {2}– +Undated Notes .* no review date /);
    expect(lines.at(-1)).toBe('1 file could not be read (see above)');
  });

  it('reads FinePrint’s data folder, resolving each entry’s template snapshot, and exits 0 whatever is due', async () => {
    for (const folder of ['data', join('data', 'library')]) {
      const r = await cli('due', folder, '--json', '--today', TODAY);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      const out = JSON.parse(r.stdout) as { assessments: { service: string; state: string; file: string }[]; unreadable: unknown[] };
      expect(out.assessments.map((x) => [x.service, x.state])).toEqual([
        ['Overdue Copilot', 'overdue'],
        ['Later Search', 'scheduled'],
      ]);
      expect(out.assessments[0]?.file).toMatch(/assessments[/\\]0e7c3b6a-1f2d-4c5b-8a9e-000000000001\.fineprint$/);
      expect(out.unreadable).toEqual([]);
    }
  });

  it('refuses a malformed --today and a missing folder as usage errors', async () => {
    const bad = await cli('due', 'shared', '--today', '2026-13-01');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--today must be a date as YYYY-MM-DD, not "2026-13-01"');
    const missing = await cli('due', 'nowhere');
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe('fineprint due: nowhere does not exist');
    const file = await cli('due', join('shared', 'a.fineprint'));
    expect(file.stderr).toBe(`fineprint due: ${join('shared', 'a.fineprint')} is not a folder`);
  });

  it('explains itself with --help, listed among the commands', async () => {
    const help = await cli('due', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: fineprint due <folder> [--json] [--today YYYY-MM-DD]');
    expect((await cli('--help')).stdout).toMatch(/^ {2}due +list the assessments due for review/m);
  });
});

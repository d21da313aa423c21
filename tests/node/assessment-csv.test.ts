import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessment } from '../../src/core/assessment-schema';
import { evaluate } from '../../src/core/engine/evaluate';
import { decodeFineprint, encodeFineprint } from '../../src/core/file-format';
import { ASSESSMENT_CSV_HEADERS } from '../../src/node/tracker/assessment-csv';
import { runFineprint } from '../support/cli';
import { parseCsv } from '../support/csv';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const SAMPLE = join(import.meta.dirname, '../../templates/samples/model-api-zero-retention-eu.fineprint');
let dir: string;
let sample: Assessment;
let visible: string[];
let vendorCheck: string;

beforeAll(() => {
  dir = makeTempDir('assessment-csv');
  const d = decodeFineprint(readFileSync(SAMPLE));
  if (!d.ok) throw new Error('sample does not decode');
  visible = evaluate(d.value.assessment).visibleCheckIds;
  vendorCheck = visible.find((id) => d.value.assessment.answers[id]?.response?.kind === 'option') ?? visible[0];
  const answer = d.value.assessment.answers[vendorCheck];
  // One answer stated by the vendor, with a shared note that needs quoting and an internal note that must stay out.
  sample = Assessment.parse({
    ...d.value.assessment,
    answers: {
      ...d.value.assessment.answers,
      [vendorCheck]: {
        ...answer,
        notes: [
          { id: 'n-shared', text: '=Zürich, "primary" region', visibility: 'shared', createdAt: '2026-12-01T10:00:00Z' },
          { id: 'n-internal', text: 'SECRET internal view', visibility: 'internal', createdAt: '2026-12-01T10:00:00Z' },
        ],
        evidence: [{ id: 'e1', title: 'Data Processing Addendum v4' }],
        provenance: { source: 'vendor-workbook', sha256: 'c'.repeat(64), fileName: 'acme.xlsx', receivedAt: '2026-12-01T10:00:00Z' },
      },
    },
  });
  writeFileSync(join(dir, 'with-vendor.fineprint'), encodeFineprint(sample));
});
afterAll(() => removeTempDir(dir));

describe('fineprint export assessment', () => {
  it('writes one row per visible check with a BOM: answer, figure, risk, source, shared notes and evidence', async () => {
    const run = await runFineprint(dir, 'export', 'assessment', 'with-vendor.fineprint', '-o', 'all.csv');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`all.csv: wrote ${visible.length} checks of ${sample.profile.service}`);
    const bytes = readFileSync(join(dir, 'all.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...ASSESSMENT_CSV_HEADERS]);
    expect(rows).toHaveLength(visible.length);
    expect(text).not.toContain('SECRET');

    const check = sample.template.checks.find((c) => c.id === vendorCheck);
    const row = rows[visible.indexOf(vendorCheck)];
    const chosen = sample.answers[vendorCheck]?.response;
    expect(row[0]).toBe(sample.template.areas.find((a) => a.id === check?.area)?.title);
    expect(row[1]).toBe(check?.shortTitle);
    expect(row[2]).toBe(check?.prompt);
    expect(row[3]).toBe(check?.options.find((o) => chosen?.kind === 'option' && o.id === chosen.option)?.label);
    expect(row[5]).toMatch(/^(None|Low|Medium|High|Critical)$/);
    expect(row[6]).toBe('Stated by the vendor in acme.xlsx, received 1 December 2026');
    // A note that a spreadsheet would read as a formula stays text.
    expect(row[7]).toBe(`'=Zürich, "primary" region`);
    expect(row[8]).toBe('Data Processing Addendum v4');
    // Another answered check is the buyer's; a figure is written with its unit.
    const other = rows.find((r, i) => i !== visible.indexOf(vendorCheck) && r[3] !== 'Not answered');
    expect(other?.[6]).toBe('Typed by the buyer');
    const withFigure = visible.findIndex((id) => typeof sample.answers[id]?.value === 'number');
    if (withFigure >= 0) expect(rows[withFigure][4]).toMatch(/\d/);
  });

  it('names the output each export command expects when -o is missing or of another kind', async () => {
    const cases: [string[], string][] = [
      [['export', 'assessment', 'with-vendor.fineprint'], 'missing -o <out.csv>'],
      [['export', 'assessment', 'with-vendor.fineprint', '-o', 'all.xlsx'], 'the output must be a .csv file, not "all.xlsx"'],
      [['export', 'findings', 'with-vendor.fineprint'], 'missing -o <out.xlsx|out.csv>'],
      [['export', 'findings', 'with-vendor.fineprint', '-o', 'f.pdf'], 'the output must be an .xlsx or .csv file, not "f.pdf"'],
      [['questionnaire', 'export', 'with-vendor.fineprint'], 'missing -o <out.xlsx>'],
      [['questionnaire', 'export', 'with-vendor.fineprint', '-o', 'q.csv'], 'the output must be an .xlsx file, not "q.csv"'],
    ];
    for (const [argv, message] of cases) {
      const run = await runFineprint(dir, ...argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
    }
  });

  it('exits as validate does: 2 for usage and unreadable files, 1 for a file that is not an assessment, one line naming the file', async () => {
    expect((await runFineprint(dir, 'export', 'assessment', 'with-vendor.fineprint')).code).toBe(2);
    expect((await runFineprint(dir, 'export', 'assessment', 'with-vendor.fineprint', '-o', 'all.xlsx')).code).toBe(2);
    const missing = await runFineprint(dir, 'export', 'assessment', 'missing.fineprint', '-o', 'x.csv');
    expect(missing.code).toBe(2);
    // As validate does, the problem is one line naming the file.
    expect(`${missing.stdout}${missing.stderr}`).toMatch(/^missing\.fineprint: /);
    writeFileSync(join(dir, 'bad.fineprint'), '{"format":"fineprint","formatVersion":4,"payload":{}}');
    const bad = await runFineprint(dir, 'export', 'assessment', 'bad.fineprint', '-o', 'x.csv');
    expect(bad.code).toBe(1);
    expect(`${bad.stdout}${bad.stderr}`).toMatch(/^bad\.fineprint/);
    const help = await runFineprint(dir, 'export', 'assessment', '--help');
    expect(help.stdout).toContain('Usage: fineprint export assessment <file.fineprint> -o <out.csv>');
    expect((await runFineprint(dir, '--help')).stdout).toContain('export assessment');
  });
});

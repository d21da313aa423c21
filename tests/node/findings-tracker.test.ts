import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessment } from '../../src/core/assessment-schema';
import { decodeFineprint } from '../../src/core/file-format';
import { evaluate } from '../../src/core/engine/evaluate';
import { findingsTrackerCsv, findingsTrackerRows, TRACKER_COLUMNS } from '../../src/node/tracker/findings-tracker';
import { miniAssessment } from '../support/builders';
import { runFineprint } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { parseCsv } from '../support/csv';
import { cellText, libreOfficeSheetCsv, readWorkbook } from '../support/workbook';

const SAMPLE = join(import.meta.dirname, '../../templates/samples/powered-by-startup-global-routing.fineprint');
let dir: string;
let sample: Assessment;

beforeAll(() => {
  dir = makeTempDir('tracker');
  const d = decodeFineprint(readFileSync(SAMPLE));
  if (!d.ok) throw new Error('sample does not decode');
  sample = d.value.assessment;
});
afterAll(() => removeTempDir(dir));

describe('fineprint export findings', () => {
  it('writes a CSV with a BOM, one row per finding, worst first, worded as the report words them', async () => {
    const run = await runFineprint(dir, 'export', 'findings', SAMPLE, '-o', 'findings.csv');
    expect(run.code).toBe(0);
    const bytes = readFileSync(join(dir, 'findings.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(TRACKER_COLUMNS.map((c) => c.header));
    const findings = evaluate(sample).findings;
    expect(findings.length).toBeGreaterThan(3);
    expect(rows).toHaveLength(findings.length + 1);
    const first = findings[0];
    expect(rows[1][3]).toBe(first.severity[0].toUpperCase() + first.severity.slice(1));
    const checkAt = findings.findIndex((f) => f.kind === 'check');
    const check = findings[checkAt];
    if (check?.kind !== 'check') throw new Error('the sample has no finding on a check');
    expect(rows[checkAt + 1]?.[5]).toBe(check.recommendations.map((r) => r.clause).join('\n'));
    expect(rows[1].slice(7)).toEqual(['', '', 'Open']);
    const text = bytes.toString('utf8');
    for (const note of Object.values(sample.answers).flatMap((a) => a.notes)) expect(text).not.toContain(note.text);
  });

  it("names each finding by its check's short title in the .xlsx, and shows no check id anywhere", async () => {
    const run = await runFineprint(dir, 'export', 'findings', SAMPLE, '-o', 'titles.xlsx');
    expect(run.code).toBe(0);
    const wb = await readWorkbook(readFileSync(join(dir, 'titles.xlsx')));
    const sheet = wb.getWorksheet('Findings');
    if (!sheet) throw new Error('no Findings sheet');
    const findings = evaluate(sample).findings;
    const titleOf = new Map(sample.template.checks.map((c) => [c.id, c.shortTitle]));
    findings.forEach((f, i) => {
      const cell = cellText(sheet.getRow(i + 2).getCell(1));
      if (f.kind === 'check') expect(cell).toBe(titleOf.get(f.checkId));
      else expect(cell).toMatch(/^Data path: /);
    });
    const ids = sample.template.checks.map((c) => c.id);
    for (let r = 1; r <= sheet.rowCount; r++)
      for (let c = 1; c <= TRACKER_COLUMNS.length; c++) {
        const text = cellText(sheet.getRow(r).getCell(c));
        for (const id of ids) expect(text, `row ${r}, column ${c}`).not.toMatch(new RegExp(`\\b${id}\\b`));
      }
  });

  it('keeps accents, and keeps a cell that looks like a formula as text', () => {
    const a = miniAssessment({ 'region-01': 'bad' });
    const check = a.template.checks[0];
    const bad = check.options.find((o) => o.id === 'bad');
    if (!bad?.recommendation) throw new Error('mini template changed');
    bad.label = '=HYPERLINK("http://evil.example","Non, aucune région")';
    bad.recommendation.clause = 'Le Fournisseur s’engage à héberger les données en Europe.';
    const rows = parseCsv(new TextDecoder().decode(findingsTrackerCsv(findingsTrackerRows(Assessment.parse(a)))).slice(1));
    const row = rows.find((r) => r[2].includes('HYPERLINK'));
    expect(row?.[2]).toBe(`'=HYPERLINK("http://evil.example","Non, aucune région")`);
    expect(row?.[5]).toBe('Le Fournisseur s’engage à héberger les données en Europe.');
  });

  it('writes an editable .xlsx tracker that opens in LibreOffice', { timeout: 120_000 }, async () => {
    const run = await runFineprint(dir, 'export', 'findings', SAMPLE, '-o', 'findings.xlsx');
    expect(run.code).toBe(0);
    const wb = await readWorkbook(readFileSync(join(dir, 'findings.xlsx')));
    const sheet = wb.getWorksheet('Findings');
    if (!sheet) throw new Error('no Findings sheet');
    const findings = evaluate(sample).findings;
    expect(sheet.actualRowCount).toBe(findings.length + 1);
    expect(TRACKER_COLUMNS.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1)))).toEqual(TRACKER_COLUMNS.map((c) => c.header));
    const status = sheet.getRow(2).getCell(TRACKER_COLUMNS.length);
    expect(cellText(status)).toBe('Open');
    expect(status.dataValidation.type).toBe('list');
    expect((sheet as unknown as { sheetProtection?: unknown }).sheetProtection).toBeFalsy();
    const csv = await libreOfficeSheetCsv(join(dir, 'findings.xlsx'), 1);
    expect(parseCsv(csv.replace(/\n/g, '\r\n'))[1]?.[0]).toBe(cellText(sheet.getRow(2).getCell(1)));
  });

  it('refuses an output that is neither .xlsx nor .csv', async () => {
    const run = await runFineprint(dir, 'export', 'findings', SAMPLE, '-o', 'findings.pdf');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('findings.pdf');
  });
});

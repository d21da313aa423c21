import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { decodeFineprint, encodeFineprint } from '../../src/core/file-format';
import type { Assessment } from '../../src/core/assessment-schema';
import { visibleChecks } from '../../src/core/engine/visibility';
import { buildQuestionnaire } from '../../src/node/questionnaire/export';
import { COLUMNS, PREFER_NOT_TO_SAY, SHEET, columnNumber } from '../../src/node/questionnaire/layout';
import { miniAssessment } from '../support/builders';
import { runFineprint } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { cellText, libreOfficeSheetCsv, readWorkbook } from '../support/workbook';

const SAMPLE = join(import.meta.dirname, '../../templates/samples/model-api-zero-retention-eu.fineprint');
let dir: string;
let sample: Assessment;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;

const decodedSample = (): Assessment => {
  const d = decodeFineprint(readFileSync(SAMPLE));
  if (!d.ok) throw new Error('sample does not decode');
  return d.value.assessment;
};

beforeAll(async () => {
  dir = makeTempDir('questionnaire');
  sample = decodedSample();
  const run = await runFineprint(dir, 'questionnaire', 'export', SAMPLE, '-o', 'vendor.xlsx', '--org', 'Acme Buying');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  bytes = readFileSync(join(dir, 'vendor.xlsx'));
  wb = await readWorkbook(bytes);
});
afterAll(() => removeTempDir(dir));

const questions = () => wb.getWorksheet(SHEET.questions) as ExcelJS.Worksheet;
const rowsOf = (ws: ExcelJS.Worksheet) => Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));

/** The words of a list validation's range on the hidden lists sheet. */
function listWords(cell: ExcelJS.Cell): string[] {
  const v = cell.dataValidation;
  expect(v.type).toBe('list');
  const m = /^'(.+)'!\$A\$(\d+):\$A\$(\d+)$/.exec(String(v.formulae?.[0]));
  expect(m, `range of ${cell.address}`).not.toBeNull();
  const [, sheet, from, to] = m as RegExpExecArray;
  const lists = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => cellText(lists.getCell(Number(from) + i, 1)));
}

describe('fineprint questionnaire export', () => {
  it('names the buyer, the vendor, the service, the date and how to return it', () => {
    const text = rowsOf(wb.getWorksheet(SHEET.instructions) as ExcelJS.Worksheet)
      .map((r) => `${cellText(r.getCell(1))} ${cellText(r.getCell(2))}`)
      .join('\n');
    expect(text).toContain('Acme Buying');
    expect(text).toContain(sample.profile.vendor);
    expect(text).toContain(sample.profile.service);
    expect(text).toMatch(/Sent on \d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/send it back to Acme Buying/);
  });

  it('has one row per check that applies, grouped by area, with the prompt verbatim', () => {
    const visible = visibleChecks(sample.template, sample.profile, sample.answers);
    const rows = rowsOf(questions());
    expect(rows).toHaveLength(visible.length);
    const byId = new Map(visible.map((c) => [c.id, c]));
    const areaOrder = sample.template.areas.map((a) => a.id);
    let lastArea = -1;
    for (const row of rows) {
      const check = byId.get(cellText(row.getCell(columnNumber('id'))));
      expect(check).toBeDefined();
      if (!check) continue;
      expect(cellText(row.getCell(columnNumber('prompt')))).toBe(check.prompt);
      const area = areaOrder.indexOf(check.area);
      expect(area).toBeGreaterThanOrEqual(lastArea);
      lastArea = area;
    }
    expect(cellText(questions().getRow(1).getCell(columnNumber('answer')))).toBe('Your answer');
  });

  it("names each row by its check's short title; the check id is only in the hidden first column", () => {
    const byId = new Map(sample.template.checks.map((c) => [c.id, c]));
    const ids = [...byId.keys()];
    const rows = rowsOf(questions());
    expect(cellText(questions().getRow(1).getCell(columnNumber('title')))).toBe('Topic');
    expect(questions().getColumn(columnNumber('id')).hidden).toBe(true);
    for (const row of rows) {
      const check = byId.get(cellText(row.getCell(columnNumber('id'))));
      expect(check?.shortTitle).toBeDefined();
      expect(cellText(row.getCell(columnNumber('title')))).toBe(check?.shortTitle);
      // No other cell a reader sees names a check by its id.
      for (const c of COLUMNS.filter((col) => col.key !== 'id')) {
        const text = cellText(row.getCell(columnNumber(c.key)));
        for (const id of ids) expect(text, `${c.header} of ${check?.id ?? '?'}`).not.toMatch(new RegExp(`\\b${id}\\b`));
      }
    }
  });

  it('falls back to the question for a check without a short title, never to its id', async () => {
    const a = miniAssessment({}, { data: ['public'] });
    const w = await readWorkbook(await buildQuestionnaire(a, { buyer: 'B', date: new Date() }));
    const titles = rowsOf(w.getWorksheet(SHEET.questions) as ExcelJS.Worksheet).map((r) => cellText(r.getCell(columnNumber('title'))));
    expect(titles).toEqual(['Does the vendor handle region-01 well?', 'Does the vendor handle identity-01 well?']);
  });

  it('leaves out the checks the triage hides', async () => {
    const hidden = await readWorkbook(await buildQuestionnaire(miniAssessment({}, { data: ['public'] }), { buyer: 'B', date: new Date() }));
    const shown = await readWorkbook(
      await buildQuestionnaire(miniAssessment({}, { data: ['personal'] }), { buyer: 'B', date: new Date() }),
    );
    const ids = (w: ExcelJS.Workbook) => rowsOf(w.getWorksheet(SHEET.questions) as ExcelJS.Worksheet).map((r) => cellText(r.getCell(1)));
    expect(ids(hidden)).toEqual(['region-01', 'identity-01']);
    expect(ids(shown)).toEqual(['region-01', 'region-02', 'identity-01']);
  });

  it("offers each check's options in plain words from a range on a hidden sheet, will-not-say as Prefer not to say", () => {
    const byId = new Map(sample.template.checks.map((c) => [c.id, c]));
    let preferNot = 0;
    for (const row of rowsOf(questions())) {
      const check = byId.get(cellText(row.getCell(1)));
      if (!check) throw new Error('unknown row');
      const words = listWords(row.getCell(columnNumber('answer')));
      expect(words).toEqual(check.options.map((o) => (o.id === 'will-not-say' ? PREFER_NOT_TO_SAY : o.label)));
      if (words.includes(PREFER_NOT_TO_SAY)) preferNot++;
      expect(words).not.toContain('Vendor will not say');
    }
    expect(preferNot).toBeGreaterThan(10);
    expect(wb.getWorksheet(SHEET.lists)?.state).toBe('veryHidden');
  });

  it('asks for the figure with its unit where the check captures one', () => {
    const withFigure = sample.template.checks.filter((c) => c.capture?.kind === 'number');
    expect(withFigure.length).toBeGreaterThan(0);
    const rows = new Map(rowsOf(questions()).map((r) => [cellText(r.getCell(1)), r]));
    for (const check of withFigure) {
      const row = rows.get(check.id);
      if (!row || check.capture?.kind !== 'number') continue;
      expect(cellText(row.getCell(columnNumber('figureAsked')))).toContain(check.capture.label);
      expect(row.getCell(columnNumber('figure')).dataValidation.type).toBe('decimal');
      expect(row.getCell(columnNumber('figure')).protection?.locked).toBe(false);
    }
  });

  it('protects the structure: ids hidden, only the answer cells unlocked', () => {
    const ws = questions();
    expect(ws.getColumn(columnNumber('id')).hidden).toBe(true);
    // In the file, a missing attribute means "protected"; the vendor may only resize rows.
    const protection = (ws as unknown as { sheetProtection?: Record<string, boolean | undefined> }).sheetProtection;
    expect(protection?.['sheet']).toBe(true);
    expect(protection?.['formatRows']).toBe(true);
    for (const action of ['insertRows', 'deleteRows', 'insertColumns', 'deleteColumns', 'sort', 'formatColumns'])
      expect(protection?.[action], action).not.toBe(true);
    const row = ws.getRow(2);
    for (const c of COLUMNS) {
      if (c.key === 'figure') continue;
      expect(row.getCell(columnNumber(c.key)).protection?.locked ?? true, c.key).toBe(!c.vendor);
    }
  });

  it('never carries notes, recommendations, scores or ratings', () => {
    const all = wb.worksheets.flatMap((ws) => {
      const out: string[] = [];
      ws.eachRow((r) => r.eachCell((c) => void out.push(cellText(c))));
      return out;
    });
    const text = all.join('\n');
    const notes = Object.values(sample.answers).flatMap((a) => a.notes.map((n) => n.text));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(text).not.toContain(note);
    for (const o of sample.template.checks.flatMap((c) => c.options))
      if (o.recommendation) {
        expect(text).not.toContain(o.recommendation.clause);
        expect(text).not.toContain(o.recommendation.mitigation);
      }
    expect(text).not.toMatch(/\b(score|rating)s?\b/i);
  });

  it('keeps a sample workbook within 60 KB', () => {
    expect(bytes.length).toBeLessThanOrEqual(60 * 1024);
  });

  it('opens in LibreOffice, with every question in its row', { timeout: 120_000 }, async () => {
    const csv = await libreOfficeSheetCsv(join(dir, 'vendor.xlsx'), 2);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(COLUMNS.map((c) => c.header).join(','));
    const ids = rowsOf(questions()).map((r) => cellText(r.getCell(1)));
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(ids);
  });

  it('refuses an output that is not .xlsx, and names a file it cannot read', async () => {
    const notXlsx = await runFineprint(dir, 'questionnaire', 'export', SAMPLE, '-o', 'vendor.xlsm');
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toContain('vendor.xlsm');
    writeFileSync(join(dir, 'broken.fineprint'), encodeFineprint(miniAssessment()).slice(0, 50));
    const broken = await runFineprint(dir, 'questionnaire', 'export', 'broken.fineprint', '-o', 'out.xlsx');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('broken.fineprint');
  });
});

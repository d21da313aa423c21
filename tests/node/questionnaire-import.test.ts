import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessment } from '../../src/core/assessment-schema';
import { decodeFineprint, encodeFineprint } from '../../src/core/file-format';
import { evaluate } from '../../src/core/engine/evaluate';
import { buildQuestionnaire, questionnaireChecks } from '../../src/node/questionnaire/export';
import { PREFER_NOT_TO_SAY, SHEET, columnNumber, optionWords } from '../../src/node/questionnaire/layout';
import { acceptReturnedAnswers, preselectedChecks, reviewReturnedWorkbook } from '../../src/node/questionnaire/import';
import { wordHistoryEvent } from '../../src/core/history';
import { countByProvenance, markVerified, unmarkVerified } from '../../src/core/provenance';
import { HISTORY_WORDING } from '../../src/core/report/format';
import { miniAssessment } from '../support/builders';
import { runFineprint } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { readWorkbook } from '../support/workbook';

const SAMPLE = join(import.meta.dirname, '../../templates/samples/model-api-zero-retention-eu.fineprint');
let dir: string;
let base: Assessment;
let sent: Uint8Array;

const loadFile = (path: string): Assessment => {
  const d = decodeFineprint(readFileSync(path));
  if (!d.ok) throw new Error(`${path} does not decode: ${JSON.stringify(d.problems)}`);
  return d.value.assessment;
};
const cli = (...argv: string[]) => runFineprint(dir, ...argv);
const ws = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;

/** Fills the sent workbook as a vendor would, with ExcelJS, and saves it under `name`. */
async function returned(name: string, fill: (sheet: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, from = sent): Promise<string> {
  const wb = await readWorkbook(from);
  fill(ws(wb, SHEET.questions), wb);
  writeFileSync(join(dir, name), new Uint8Array(await wb.xlsx.writeBuffer()));
  return name;
}

/** Rewrites a workbook's zip with JSZip (for the hostile cases ExcelJS will not write). */
async function rezip(name: string, change: (zip: JSZip) => void | Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(sent);
  await change(zip);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  writeFileSync(join(dir, name), bytes);
  return bytes;
}

beforeAll(async () => {
  dir = makeTempDir('questionnaire-import');
  const sample = loadFile(SAMPLE);
  const checks = questionnaireChecks(sample);
  // The buyer has recorded two answers so far: the first check as the sample has it, the second one differently.
  const [first, second] = checks;
  const other = second.options[1].id;
  base = Assessment.parse({
    ...sample,
    answers: { [first.id]: sample.answers[first.id], [second.id]: { response: { kind: 'option', option: other } } },
  });
  writeFileSync(join(dir, 'base.fineprint'), encodeFineprint(base));
  sent = await buildQuestionnaire(base, { buyer: 'Acme', date: new Date('2026-12-01T00:00:00Z') });
  writeFileSync(join(dir, 'sent.xlsx'), sent);
});
afterAll(() => removeTempDir(dir));

describe('fineprint questionnaire import: the review', () => {
  it('lists every row, blank ones included, and changes nothing', async () => {
    const run = await cli('questionnaire', 'import', 'base.fineprint', 'sent.xlsx', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { rows: { check: string; status: string }[]; counts: Record<string, number> };
    expect(out.rows.map((r) => r.check)).toEqual(questionnaireChecks(base).map((c) => c.id));
    expect(out.counts).toEqual({ new: 0, same: 0, changed: 0, conflict: 0, unparseable: 0, blank: out.rows.length });
    expect(loadFile(join(dir, 'base.fineprint'))).toEqual(base);
  });

  it('round trip: a vendor fills the workbook, the buyer reviews, accepts, and scores it', async () => {
    const checks = questionnaireChecks(base);
    const [first, second, third, fourth] = checks;
    const withFigure = checks.slice(4).find((c) => c.capture?.kind === 'number');
    if (!withFigure) throw new Error('the template has no figure check after the first four');
    const firstAnswer = base.answers[first.id]?.response;
    const firstWords =
      firstAnswer?.kind === 'option' ? optionWords(first.options.find((o) => o.id === firstAnswer.option) ?? first.options[0]) : '';
    const name = await returned('filled.xlsx', (sheet) => {
      const row = (id: string) => {
        for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === id) return sheet.getRow(r);
        throw new Error(id);
      };
      row(first.id).getCell(columnNumber('answer')).value = firstWords; // same as recorded
      row(second.id).getCell(columnNumber('answer')).value = optionWords(second.options[0]); // differs: conflict
      row(third.id).getCell(columnNumber('answer')).value = PREFER_NOT_TO_SAY; // new
      row(third.id).getCell(columnNumber('explanation')).value = 'Our contracts team will not disclose this.';
      row(fourth.id).getCell(columnNumber('answer')).value = optionWords(fourth.options[0]); // new, with evidence
      row(fourth.id).getCell(columnNumber('document')).value = 'Data Processing Addendum v4';
      row(fourth.id).getCell(columnNumber('clause')).value = '§ 7.2';
      row(fourth.id).getCell(columnNumber('link')).value = { text: 'https://vendor.example/dpa', hyperlink: 'https://vendor.example/dpa' };
      row(fourth.id).getCell(columnNumber('date')).value = new Date(Date.UTC(2026, 10, 3));
      row(withFigure.id).getCell(columnNumber('answer')).value = optionWords(withFigure.options[0]);
      row(withFigure.id).getCell(columnNumber('figure')).value = 30;
    });
    const run = await cli('questionnaire', 'import', 'base.fineprint', name, '--json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { rows: { check: string; status: string }[]; counts: Record<string, number> };
    const status = new Map(out.rows.map((r) => [r.check, r.status]));
    expect(status.get(first.id)).toBe('same');
    expect(status.get(second.id)).toBe('conflict');
    expect(status.get(third.id)).toBe('new');
    expect(status.get(fourth.id)).toBe('new');
    expect(out.counts.blank).toBe(checks.length - 5);

    const accepted = await cli('questionnaire', 'import', 'base.fineprint', name, '--accept', 'all', '-o', 'merged.fineprint');
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    const merged = loadFile(join(dir, 'merged.fineprint'));
    expect(merged.answers[third.id]?.response).toEqual({ kind: 'option', option: 'will-not-say' });
    expect(merged.answers[third.id]?.notes.map((n) => [n.text, n.visibility])).toEqual([
      ['Vendor: Our contracts team will not disclose this.', 'shared'],
    ]);
    expect(merged.answers[fourth.id]?.evidence[0]).toMatchObject({
      document: 'Data Processing Addendum v4',
      clause: '§ 7.2',
      link: 'https://vendor.example/dpa',
      seenOn: '2026-11-03',
    });
    expect(merged.answers[second.id]?.response).toEqual({ kind: 'option', option: second.options[0].id });
    expect(merged.answers[withFigure.id]?.value).toBe(30);
    const provenance = merged.answers[third.id]?.provenance;
    expect(provenance).toMatchObject({ source: 'vendor-workbook', fileName: 'filled.xlsx' });
    expect(provenance?.source === 'vendor-workbook' && provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The recorded answer the vendor confirmed keeps no vendor provenance: nothing changed there.
    expect(merged.answers[first.id]?.provenance).toBeUndefined();
    expect(evaluate(merged).progress.answered).toBeGreaterThan(evaluate(base).progress.answered);
    expect((await cli('validate', 'merged.fineprint')).code).toBe(0);

    // A second returned workbook, built from the merged assessment, shows what changed since the first.
    writeFileSync(join(dir, 'merged-sent.xlsx'), await buildQuestionnaire(merged, { buyer: 'Acme', date: new Date() }));
    const again = await returned(
      'second.xlsx',
      (sheet) => {
        for (let r = 2; r <= sheet.rowCount; r++) {
          const id = sheet.getRow(r).getCell(1).value;
          if (id === third.id) sheet.getRow(r).getCell(columnNumber('answer')).value = optionWords(third.options[0]);
          if (id === fourth.id) sheet.getRow(r).getCell(columnNumber('answer')).value = optionWords(fourth.options[0]);
        }
      },
      readFileSync(join(dir, 'merged-sent.xlsx')),
    );
    const second2 = JSON.parse((await cli('questionnaire', 'import', 'merged.fineprint', again, '--json')).stdout) as {
      rows: { check: string; status: string }[];
    };
    const status2 = new Map(second2.rows.map((r) => [r.check, r.status]));
    expect(status2.get(third.id)).toBe('changed');
    expect(status2.get(fourth.id)).toBe('same');
  });

  it('marks a row unparseable when its evidence date or link cannot be read, and counts it apart', async () => {
    const name = await returned('unparseable.xlsx', (sheet) => {
      const row = sheet.getRow(4);
      row.getCell(columnNumber('answer')).value = optionWords(
        base.template.checks.find((c) => c.id === row.getCell(1).value)?.options[0] ?? base.template.checks[0].options[0],
      );
      row.getCell(columnNumber('link')).value = 'see our trust portal';
    });
    const run = await cli('questionnaire', 'import', 'base.fineprint', name);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/row +4 +unparseable .*\(the evidence link "see our trust portal" is not a web address\)/);
    expect(run.stdout).toMatch(/0 new, 0 same, 0 changed, 0 conflict, 1 unparseable, \d+ blank$/);
  });

  it('reads formulas and external links in answer cells as their stored values, never evaluating them', async () => {
    const [first, , third] = questionnaireChecks(base);
    const bytes = await rezip('formula.xlsx', async (zip) => {
      const path = 'xl/worksheets/sheet2.xml';
      const xml = await zip.file(path)?.async('string');
      if (!xml) throw new Error('no sheet');
      // Row 2: a formula into another workbook, with a cached value; row 4: a formula with no cached value.
      const column = String.fromCharCode(64 + columnNumber('answer'));
      const words = optionWords(first.options[0]).replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const withFormulas = xml
        .replace(
          new RegExp(`<c r="${column}2"([^>]*?)/>`),
          `<c r="${column}2"$1 t="str"><f>'[vendor-internal.xlsx]Sheet1'!A1</f><v>${words}</v></c>`,
        )
        .replace(new RegExp(`<c r="${column}4"([^>]*?)/>`), `<c r="${column}4"$1><f>1+1</f></c>`);
      expect(withFormulas).not.toBe(xml);
      zip.file(path, withFormulas);
    });
    const review = await reviewReturnedWorkbook(base, bytes, 'formula.xlsx');
    expect(review.rows[0]).toMatchObject({ check: first.id, returned: { words: optionWords(first.options[0]) } });
    expect(review.rows.find((r) => r.check === third.id)?.status).toBe('blank');
  });
});

describe('accepting chosen checks', () => {
  it('takes only the chosen rows, preselects new and changed but not conflicts, and records the import in the history', async () => {
    const [, second, third, fourth] = questionnaireChecks(base);
    const name = await returned('chosen.xlsx', (sheet) => {
      for (let r = 2; r <= sheet.rowCount; r++) {
        const id = sheet.getRow(r).getCell(1).value;
        const check = [second, third, fourth].find((c) => c.id === id);
        if (check) sheet.getRow(r).getCell(columnNumber('answer')).value = optionWords(check.options[0]);
      }
    });
    const bytes = readFileSync(join(dir, name));
    const review = await reviewReturnedWorkbook(base, bytes, name);
    expect(preselectedChecks(review)).toEqual([third.id, fourth.id]); // second conflicts with the buyer's answer

    const merged = acceptReturnedAnswers(base, review, new Set([third.id]), new Date('2026-12-02T09:00:00Z'), 'Dana Buyer');
    expect(merged.answers[third.id]?.response).toEqual({ kind: 'option', option: third.options[0].id });
    expect(merged.answers[third.id]?.provenance).toEqual({
      source: 'vendor-workbook',
      sha256: review.sha256,
      fileName: 'chosen.xlsx',
      receivedAt: '2026-12-02T09:00:00.000Z',
    });
    expect(merged.answers[fourth.id]).toBeUndefined();
    expect(merged.answers[second.id]).toEqual(base.answers[second.id]);
    expect(merged.history.at(-1)).toEqual({
      at: '2026-12-02T09:00:00.000Z',
      by: 'Dana Buyer',
      event: { kind: 'vendor-answers-imported', fileName: 'chosen.xlsx', sha256: review.sha256, accepted: 1, rejected: 2 },
    });
    expect(wordHistoryEvent(merged.history.at(-1)!.event, HISTORY_WORDING)).toBe(
      `Vendor's answers imported from “chosen.xlsx” (SHA-256 ${review.sha256}): 1 accepted, 2 not accepted.`,
    );
  });

  it('marks a vendor answer verified by the assessor, keeping the statement, and un-marks it back', async () => {
    const [, , third] = questionnaireChecks(base);
    const name = await returned('verify.xlsx', (sheet) => {
      for (let r = 2; r <= sheet.rowCount; r++)
        if (sheet.getRow(r).getCell(1).value === third.id)
          sheet.getRow(r).getCell(columnNumber('answer')).value = optionWords(third.options[0]);
    });
    const review = await reviewReturnedWorkbook(base, readFileSync(join(dir, name)), name);
    const merged = acceptReturnedAnswers(base, review, 'all', new Date('2026-12-02T09:00:00Z'));
    const stated = merged.answers[third.id];
    const verified = markVerified(stated, '2026-12-03T10:00:00.000Z');
    expect(verified.provenance).toEqual({
      source: 'assessor-verified',
      at: '2026-12-03T10:00:00.000Z',
      vendor: { sha256: review.sha256, fileName: 'verify.xlsx', receivedAt: '2026-12-02T09:00:00.000Z' },
    });
    const withVerified = Assessment.parse({ ...merged, answers: { ...merged.answers, [third.id]: verified } });
    const visible = questionnaireChecks(withVerified).map((c) => c.id);
    expect(countByProvenance(withVerified, visible)).toEqual({ buyer: 2, vendor: 0, assessor: 1 });
    expect(countByProvenance(merged, visible)).toEqual({ buyer: 2, vendor: 1, assessor: 0 });
    expect(unmarkVerified(verified)).toEqual(stated);
    // A buyer's own answer verified against evidence goes back to being the buyer's.
    const own = markVerified({ notes: [], evidence: [], response: { kind: 'unknown' } }, '2026-12-03T10:00:00.000Z');
    expect(unmarkVerified(own).provenance).toBeUndefined();
  });
});

describe('answer provenance in the file', () => {
  it('is optional, so files without it stay valid, and a malformed one is refused naming the field', () => {
    const plain = miniAssessment({ 'region-01': 'good' });
    expect(plain.answers['region-01']?.provenance).toBeUndefined();
    const decoded = decodeFineprint(new TextEncoder().encode(encodeFineprint(plain)));
    expect(decoded.ok).toBe(true);
    const verified = Assessment.parse({
      ...plain,
      answers: { 'region-01': { ...plain.answers['region-01'], provenance: { source: 'assessor-verified', at: '2026-12-01T10:00:00Z' } } },
    });
    expect(verified.answers['region-01']?.provenance).toEqual({ source: 'assessor-verified', at: '2026-12-01T10:00:00Z' });
    const bad = JSON.parse(encodeFineprint(verified)) as {
      payload: { answers: Record<string, { provenance: { sha256?: string; source: string } }> };
    };
    bad.payload.answers['region-01'].provenance = { source: 'vendor-workbook', sha256: 'not-hex' };
    const refused = decodeFineprint(new TextEncoder().encode(JSON.stringify(bad)));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems.map((p) => p.location).join(' ')).toContain('provenance');
  });
});

describe('fineprint questionnaire import: hostile workbooks are refused in one line, changing nothing', () => {
  const refused = async (name: string, message: RegExp, code = 1) => {
    const run = await cli('questionnaire', 'import', 'base.fineprint', name, '--accept', 'all', '-o', 'never.fineprint');
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(name);
    expect(run.stderr).toMatch(message);
    expect(() => readFileSync(join(dir, 'never.fineprint'))).toThrow();
  };

  it('not a workbook', async () => {
    writeFileSync(join(dir, 'notes.xlsx'), 'Vendor answers: yes to everything');
    await refused('notes.xlsx', /not an Excel workbook/);
    await rezip('empty-zip.xlsx', (zip) => void zip.remove('xl/workbook.xml'));
    await refused('empty-zip.xlsx', /not an Excel workbook|not a readable/);
  });

  it('macros: an .xlsm, or a vbaProject inside', async () => {
    writeFileSync(join(dir, 'returned.xlsm'), sent);
    await refused('returned.xlsm', /macro-enabled/);
    await rezip('macro.xlsx', (zip) => void zip.file('xl/vbaProject.bin', 'Sub AutoOpen()'));
    await refused('macro.xlsx', /macros/);
  });

  it('another assessment, or another template version, saying which', async () => {
    writeFileSync(join(dir, 'other.xlsx'), await buildQuestionnaire(miniAssessment(), { buyer: 'Acme', date: new Date() }));
    await refused('other.xlsx', /another assessment \(7d4f0c2e-5b1a-4c3e-9f6a-2b8d1e0a3c51\)/);
    const name = await returned('older.xlsx', (_sheet, wb) => {
      const about = ws(wb, SHEET.about);
      about.eachRow((row) => {
        if (row.getCell(1).value === 'templateVersion') row.getCell(2).value = '0.9.0';
      });
    });
    await refused(
      name,
      new RegExp(`template ${base.template.id} 0\\.9\\.0; this assessment uses ${base.template.id} ${base.template.version}`),
    );
  });

  it('rows moved or deleted', async () => {
    const moved = await returned('moved.xlsx', (sheet) => {
      const a = sheet.getRow(2).values;
      sheet.getRow(2).values = sheet.getRow(3).values;
      sheet.getRow(3).values = a;
    });
    await refused(moved, /rows moved/);
    await refused(await returned('deleted.xlsx', (sheet) => sheet.spliceRows(3, 1)), /rows moved/);
  });

  it('text in a number cell, and an answer outside the drop-down', async () => {
    const withFigure = questionnaireChecks(base).find((c) => c.capture?.kind === 'number');
    if (!withFigure) throw new Error('the sample has no figure');
    const text = await returned('text-figure.xlsx', (sheet) => {
      sheet.eachRow((row) => {
        if (row.getCell(1).value === withFigure.id) row.getCell(columnNumber('figure')).value = 'about thirty days';
      });
    });
    await refused(text, new RegExp(`\\(${withFigure.id}\\): the figure "about thirty days" is text, not a number`));
    const outside = await returned(
      'outside.xlsx',
      (sheet) => void (sheet.getRow(2).getCell(columnNumber('answer')).value = 'Maybe, ask again later'),
    );
    await refused(outside, /row 2 \(.+\): the answer "Maybe, ask again later" is not one of the drop-down's answers/);
  });

  it('a zip bomb: a part that inflates beyond its stated size, or beyond the limit, refused before parsing', async () => {
    const patchClaim = (bytes: Uint8Array, entry: string, size: number) => {
      const name = new TextEncoder().encode(entry);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let at = 0; at < bytes.length - 46; at++)
        if (view.getUint32(at, true) === 0x02014b50 && bytes.subarray(at + 46, at + 46 + name.length).every((b, i) => b === name[i]))
          view.setUint32(at + 24, size, true);
      return bytes;
    };
    const bomb = await rezip('bomb.xlsx', (zip) => void zip.file('xl/media/image1.png', new Uint8Array(8 * 1024 * 1024)));
    writeFileSync(join(dir, 'bomb.xlsx'), patchClaim(bomb, 'xl/media/image1.png', 1000));
    await refused('bomb.xlsx', /inflates beyond its stated size/);
    writeFileSync(join(dir, 'huge-part.xlsx'), patchClaim(new Uint8Array(bomb), 'xl/media/image1.png', 900 * 1024 * 1024));
    await refused('huge-part.xlsx', /inflates beyond 60 MB/);
  });

  it('a huge sheet, refused before parsing', async () => {
    await rezip('huge.xlsx', async (zip) => {
      const path = 'xl/worksheets/sheet2.xml';
      const xml = (await zip.file(path)?.async('string')) ?? '';
      const rows = Array.from({ length: 20_001 }, (_, i) => `<row r="${i + 100}"/>`).join('');
      zip.file(path, xml.replace('</sheetData>', `${rows}</sheetData>`));
    });
    await refused('huge.xlsx', /more than 20000 rows/);
  });
});

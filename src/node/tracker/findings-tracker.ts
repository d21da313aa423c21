import ExcelJS from 'exceljs';
import type { Assessment } from '../../core/assessment-schema';
import { evaluate } from '../../core/engine/evaluate';
import { csvBytes } from './csv';
import { RISK_LABEL, checkTitle, findingAdvice, findingAnswer, findingTitle } from '../../core/wording';

/** The tracker's columns, in order: what a colleague edits is owner, due date and status. */
export const TRACKER_COLUMNS = [
  { key: 'check', header: 'Check', width: 50 },
  { key: 'area', header: 'Area', width: 22 },
  { key: 'answer', header: 'Answer', width: 40 },
  { key: 'severity', header: 'Severity', width: 10 },
  { key: 'recommendation', header: 'Recommendation', width: 60 },
  { key: 'clause', header: 'Contract clause to request', width: 60 },
  { key: 'evidence', header: 'Evidence to request', width: 40 },
  { key: 'owner', header: 'Owner', width: 18 },
  { key: 'due', header: 'Due', width: 12 },
  { key: 'status', header: 'Status', width: 14 },
] as const;

/** One row of the findings tracker. */
export type TrackerRow = Record<(typeof TRACKER_COLUMNS)[number]['key'], string>;

/** The statuses the tracker's drop-down offers; every row starts open. */
export const TRACKER_STATUSES = ['Open', 'In progress', 'Done', 'Risk accepted'] as const;

/**
 * The findings of an assessment as tracker rows, in the engine's order (worst first), worded as the
 * report words them. Owner and due date are left for the team to fill in.
 */
export function findingsTrackerRows(assessment: Assessment): TrackerRow[] {
  const { template } = assessment;
  const areaTitle = new Map(template.areas.map((a) => [a.id, a.title]));
  return evaluate(assessment).findings.map((f) => {
    const advice = findingAdvice(f);
    return {
      // A check by its short title (the prompt when it has none), a data-path hop by its component: never an id.
      check:
        f.kind === 'check'
          ? (template.checks.find((c) => c.id === f.checkId)?.shortTitle ?? checkTitle(template, f.checkId))
          : findingTitle(template, f),
      area: areaTitle.get(f.areaId) ?? f.areaId,
      answer: findingAnswer(f),
      severity: RISK_LABEL[f.severity],
      recommendation: advice.mitigation,
      clause: advice.clause,
      evidence: advice.evidence,
      owner: '',
      due: '',
      status: TRACKER_STATUSES[0],
    };
  });
}

/** The tracker as CSV: UTF-8 with a byte-order mark so Excel reads accents, CRLF line ends, RFC 4180 quoting. */
export function findingsTrackerCsv(rows: readonly TrackerRow[]): Uint8Array {
  return csvBytes([TRACKER_COLUMNS.map((c) => c.header), ...rows.map((row) => TRACKER_COLUMNS.map((c) => row[c.key]))]);
}

/** The tracker as an editable .xlsx: one sheet, a filter on the header, a status drop-down and date-checked due dates. */
export async function findingsTrackerWorkbook(assessment: Assessment, rows: readonly TrackerRow[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'FinePrint';
  wb.title = `${assessment.profile.service}: findings and contract asks`;
  const sheet = wb.addWorksheet('Findings', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TRACKER_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: TRACKER_COLUMNS.length } };
  const statusColumn = TRACKER_COLUMNS.findIndex((c) => c.key === 'status') + 1;
  const dueColumn = TRACKER_COLUMNS.findIndex((c) => c.key === 'due') + 1;
  for (let r = 2; r <= rows.length + 1; r++) {
    sheet.getCell(r, statusColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${TRACKER_STATUSES.join(',')}"`],
      showErrorMessage: true,
      error: `Pick one of: ${TRACKER_STATUSES.join(', ')}.`,
    };
    const due = sheet.getCell(r, dueColumn);
    due.numFmt = 'yyyy-mm-dd';
    due.dataValidation = { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2000, 0, 1))], allowBlank: true };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

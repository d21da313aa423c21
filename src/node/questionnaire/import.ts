import ExcelJS from 'exceljs';
import { Assessment, type Answer, type Evidence, type Note, type Response } from '../../core/assessment-schema';
import { sha256Hex } from '../../core/digest';
import type { HistoryEntry } from '../../core/history';
import type { Check } from '../../core/template-schema';
import { COLUMNS, HEADER_ROW, LAYOUT_VERSION, SHEET, WORKBOOK_KIND, columnNumber, layoutFingerprint, optionWords } from './layout';
import { WorkbookProblem, checkWorkbookZip } from './zip-limits';

/** How a returned answer compares with the assessment's current one. */
export type ReviewStatus = 'new' | 'same' | 'changed' | 'conflict' | 'unparseable' | 'blank';
/** Every review status, in the order counts are listed. */
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['new', 'same', 'changed', 'conflict', 'unparseable', 'blank'];

/** What the vendor wrote in one row. */
export interface ReturnedAnswer {
  response?: Response;
  /** The answer in the vendor's words, as picked. */
  words: string;
  value?: number | string;
  explanation: string;
  document: string;
  clause: string;
  link: string;
  date: string;
}

/** One row of the review: the check, its status, what came back, and why it is unparseable when it is. */
export interface ReviewRow {
  check: string;
  row: number;
  status: ReviewStatus;
  returned: ReturnedAnswer;
  problem?: string;
}

/** The review of a returned workbook; nothing in the assessment has changed. */
export interface WorkbookReview {
  fileName: string;
  sha256: string;
  rows: ReviewRow[];
  counts: Record<ReviewStatus, number>;
}

/** A cell's value as text, with formulas read as their stored result (never evaluated) and links as their text. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('hyperlink' in v) return v.text.trim();
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result instanceof Date) return result.toISOString().slice(0, 10);
    if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean') return String(result).trim();
    return '';
  }
  return '';
}

/** A cell's raw value with a formula replaced by its stored result. */
function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v))
    return (v as { result?: unknown }).result;
  return v;
}

function about(wb: ExcelJS.Workbook): Map<string, string> {
  const sheet = wb.getWorksheet(SHEET.about);
  const facts = new Map<string, string>();
  sheet?.eachRow((row) => facts.set(cellText(row.getCell(1)), cellText(row.getCell(2))));
  return facts;
}

function sameResponse(a: Response | undefined, b: Response | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'option' && b.kind === 'option') return a.option === b.option;
  if (a.kind === 'options' && b.kind === 'options') return [...a.options].sort().join() === [...b.options].sort().join();
  return a.kind === 'unknown';
}

function statusOf(current: Answer | undefined, returned: ReturnedAnswer): ReviewStatus {
  const r = current?.response;
  if (!r || r.kind === 'unknown') return 'new';
  const valueSame = returned.value === undefined || returned.value === current.value;
  if (sameResponse(r, returned.response) && valueSame) return 'same';
  // A different answer to one the vendor stated before is a change; to one the buyer recorded, a conflict.
  return current.provenance?.source === 'vendor-workbook' ? 'changed' : 'conflict';
}

function readAnswer(check: Check, rowNumber: number, words: string): Response {
  const wordsToId = new Map(check.options.map((o) => [optionWords(o).toLowerCase(), o.id]));
  const pick = (w: string) => {
    const id = wordsToId.get(w.trim().toLowerCase());
    if (!id)
      throw new WorkbookProblem(`row ${rowNumber} (${check.id}): the answer "${w.slice(0, 80)}" is not one of the drop-down's answers`);
    return id;
  };
  if (check.select === 'multi') {
    const ids = [
      ...new Set(
        words
          .split(/\r?\n/)
          .filter((w) => w.trim())
          .map(pick),
      ),
    ];
    return { kind: 'options', options: ids };
  }
  return { kind: 'option', option: pick(words) };
}

function readFigure(check: Check, rowNumber: number, cell: ExcelJS.Cell): number | string | undefined {
  const capture = check.capture;
  const raw = cellValue(cell);
  if (!capture || raw === null || raw === undefined || raw === '') return undefined;
  const where = `row ${rowNumber} (${check.id})`;
  if (capture.kind === 'number') {
    if (typeof raw !== 'number' || !Number.isFinite(raw))
      throw new WorkbookProblem(`${where}: the figure "${cellText(cell).slice(0, 40)}" is text, not a number`);
    if ((capture.min !== undefined && raw < capture.min) || (capture.max !== undefined && raw > capture.max))
      throw new WorkbookProblem(`${where}: the figure ${raw} is outside the allowed range`);
    return raw;
  }
  if (capture.kind === 'date') {
    const text = cellText(cell);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new WorkbookProblem(`${where}: the figure "${text.slice(0, 40)}" is not a date`);
    return text;
  }
  return cellText(cell).slice(0, 4000);
}

/**
 * Reads a returned questionnaire workbook against the assessment it was sent for and lists every row
 * with its review status. Changes nothing. Throws {@link WorkbookProblem} (one sentence about the
 * file) for a workbook that cannot be used: not a workbook, macros, a zip bomb or huge sheet, another
 * assessment or template version, rows moved or deleted, text in number cells, answers outside the
 * drop-down.
 */
export async function reviewReturnedWorkbook(assessment: Assessment, bytes: Uint8Array, fileName: string): Promise<WorkbookReview> {
  checkWorkbookZip(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookProblem('is not a readable Excel workbook (.xlsx)');
  }
  const facts = about(wb);
  const sheet = wb.getWorksheet(SHEET.questions);
  if (facts.get('kind') !== WORKBOOK_KIND || !sheet) throw new WorkbookProblem('is not a FinePrint questionnaire workbook');
  if (facts.get('layoutVersion') !== String(LAYOUT_VERSION))
    throw new WorkbookProblem(
      `has questionnaire layout ${facts.get('layoutVersion') ?? '?'}; this FinePrint reads layout ${LAYOUT_VERSION}`,
    );
  const { template } = assessment;
  if (facts.get('assessment') !== assessment.id)
    throw new WorkbookProblem(`was sent for another assessment (${facts.get('assessment') ?? '?'}), not for ${assessment.profile.service}`);
  if (facts.get('template') !== template.id || facts.get('templateVersion') !== template.version)
    throw new WorkbookProblem(
      `was made from template ${facts.get('template') ?? '?'} ${facts.get('templateVersion') ?? '?'}; this assessment uses ${template.id} ${template.version}`,
    );
  COLUMNS.forEach((c, i) => {
    if (cellText(sheet.getRow(HEADER_ROW).getCell(i + 1)) !== c.header)
      throw new WorkbookProblem(`has columns moved or renamed (column ${i + 1} is not "${c.header}")`);
  });

  const expectedRows = Number(facts.get('rows'));
  const checksById = new Map(template.checks.map((c) => [c.id, c]));
  const checks: Check[] = [];
  for (let i = 0; i < expectedRows; i++) {
    const id = cellText(sheet.getRow(HEADER_ROW + 1 + i).getCell(columnNumber('id')));
    const check = checksById.get(id);
    if (!check) throw new WorkbookProblem(`has rows moved or deleted (row ${HEADER_ROW + 1 + i} is not the question sent there)`);
    checks.push(check);
  }
  if (layoutFingerprint(checks) !== facts.get('fingerprint') || sheet.actualRowCount > expectedRows + HEADER_ROW)
    throw new WorkbookProblem('has rows moved, added or deleted; return the workbook with its rows as they were sent');

  const rows: ReviewRow[] = checks.map((check, i) => {
    const rowNumber = HEADER_ROW + 1 + i;
    const row = sheet.getRow(rowNumber);
    const text = (key: Parameters<typeof columnNumber>[0]) => cellText(row.getCell(columnNumber(key))).slice(0, 4000);
    const words = text('answer');
    const returned: ReturnedAnswer = {
      words,
      explanation: text('explanation'),
      document: text('document').slice(0, 300),
      clause: text('clause').slice(0, 300),
      link: text('link').slice(0, 2000),
      date: text('date'),
    };
    const value = readFigure(check, rowNumber, row.getCell(columnNumber('figure')));
    if (value !== undefined) returned.value = value;
    if (!words) return { check: check.id, row: rowNumber, status: 'blank', returned };
    returned.response = readAnswer(check, rowNumber, words);
    let problem: string | undefined;
    if (returned.date && !/^\d{4}-\d{2}-\d{2}$/.test(returned.date))
      problem = `the evidence date "${returned.date.slice(0, 40)}" is not a date`;
    else if (returned.link && !/^https?:\/\/\S+$/i.test(returned.link))
      problem = `the evidence link "${returned.link.slice(0, 60)}" is not a web address`;
    if (problem) return { check: check.id, row: rowNumber, status: 'unparseable', returned, problem };
    return { check: check.id, row: rowNumber, status: statusOf(assessment.answers[check.id], returned), returned };
  });
  const counts = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<ReviewStatus, number>;
  for (const r of rows) counts[r.status]++;
  return { fileName, sha256: sha256Hex(bytes), rows, counts };
}

/** The statuses whose rows can be accepted (and "accept all" takes): the answers that would change something. */
const ACCEPTED: ReadonlySet<ReviewStatus> = new Set(['new', 'changed', 'conflict']);

/** Whether accepting a row would change the assessment: a new, changed or conflicting answer that was read. */
export function isAcceptable(row: ReviewRow): boolean {
  return ACCEPTED.has(row.status) && row.returned.response !== undefined;
}

/** The rows a reviewer starts with ticked: new and changed answers; a conflict with the buyer's own answer is left to decide. */
export function preselectedChecks(review: WorkbookReview): string[] {
  return review.rows.filter((r) => isAcceptable(r) && r.status !== 'conflict').map((r) => r.check);
}

/**
 * The assessment with the accepted rows' answers merged in, each recorded as stated by the vendor
 * (the workbook's SHA-256, file name and when it was received), with the vendor's explanation as a
 * shared note and its evidence as an evidence item, and a `vendor-answers-imported` history event
 * counting the rows accepted and those that could have been but were not. `checks` is "all" or the
 * check ids the reviewer chose; rows that cannot be accepted (same, blank, unparseable) are ignored.
 * Validated before it is returned.
 */
export function acceptReturnedAnswers(
  assessment: Assessment,
  review: WorkbookReview,
  checks: ReadonlySet<string> | 'all',
  receivedAt: Date,
  by = '',
): Assessment {
  const at = receivedAt.toISOString();
  const tag = review.sha256.slice(0, 12);
  const fileName = review.fileName.slice(0, 300) || 'workbook.xlsx';
  const answers: Record<string, Answer> = { ...assessment.answers };
  let accepted = 0;
  let rejected = 0;
  for (const r of review.rows) {
    if (!isAcceptable(r) || !r.returned.response) continue;
    if (checks !== 'all' && !checks.has(r.check)) {
      rejected++;
      continue;
    }
    accepted++;
    const before = answers[r.check];
    const notes: Note[] = (before?.notes ?? []).filter((n) => n.id !== `vendor-${tag}`);
    if (r.returned.explanation)
      notes.push({ id: `vendor-${tag}`, text: `Vendor: ${r.returned.explanation}`, visibility: 'shared', createdAt: at });
    const evidence: Evidence[] = (before?.evidence ?? []).filter((e) => e.id !== `vendor-${tag}`);
    const { document, clause, link, date } = r.returned;
    if (document || clause || link || date) {
      const item: Evidence = { id: `vendor-${tag}`, title: document || clause || 'Vendor questionnaire answer' };
      if (document) item.document = document;
      if (clause) item.clause = clause;
      if (link) item.link = link;
      if (date) item.seenOn = date;
      evidence.push(item);
    }
    const answer: Answer = {
      ...before,
      response: r.returned.response,
      notes,
      evidence,
      updatedAt: at,
      provenance: {
        source: 'vendor-workbook',
        sha256: review.sha256,
        fileName,
        receivedAt: at,
      },
    };
    if (r.returned.value !== undefined) answer.value = r.returned.value;
    answers[r.check] = answer;
  }
  const history: HistoryEntry[] = [
    ...assessment.history,
    { at, by, event: { kind: 'vendor-answers-imported', fileName, sha256: review.sha256, accepted, rejected } },
  ];
  return Assessment.parse({ ...assessment, answers, history, updatedAt: at });
}

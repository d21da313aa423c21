import ExcelJS from 'exceljs';
import type { Assessment } from '../../core/assessment-schema';
import { visibleChecks } from '../../core/engine/visibility';
import { checkTitle } from '../../core/wording';
import type { Check } from '../../core/template-schema';
import {
  COLUMNS,
  HEADER_ROW,
  LAYOUT_VERSION,
  SHEET,
  WORKBOOK_KIND,
  columnNumber,
  figureWords,
  layoutFingerprint,
  optionWords,
} from './layout';

/** What the instructions sheet says about who sends the questionnaire and when. */
export interface QuestionnaireOptions {
  /** The buyer's organisation, named on the instructions sheet. */
  buyer: string;
  /** The day the workbook is sent. */
  date: Date;
}

/** The checks a questionnaire asks, grouped by area in the template's area order, then template order. */
export function questionnaireChecks(assessment: Assessment): Check[] {
  const visible = visibleChecks(assessment.template, assessment.profile, assessment.answers);
  const areaOrder = new Map(assessment.template.areas.map((a, i) => [a.id, i]));
  return visible
    .map((check, index) => ({ check, index }))
    .sort((x, y) => (areaOrder.get(x.check.area) ?? 0) - (areaOrder.get(y.check.area) ?? 0) || x.index - y.index)
    .map((x) => x.check);
}

// Sheet protection keeps the layout (ids, rows, columns) intact; it is not a secret, so no password.
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: false,
  formatColumns: false,
  formatRows: true,
  insertRows: false,
  insertColumns: false,
  deleteRows: false,
  deleteColumns: false,
  sort: false,
  autoFilter: false,
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };
const ANSWER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };

/**
 * Builds the vendor questionnaire workbook of an assessment: instructions, one row per check that
 * applies (the triage decides), drop-downs of each check's options from ranges on a hidden sheet,
 * and columns for the explanation, evidence and figure. Notes, scores, ratings and recommendations
 * are never written. Returns the .xlsx bytes.
 */
export async function buildQuestionnaire(assessment: Assessment, options: QuestionnaireOptions): Promise<Uint8Array> {
  const checks = questionnaireChecks(assessment);
  const { template, profile } = assessment;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'FinePrint';
  wb.created = options.date;
  wb.modified = options.date;
  wb.title = `${profile.service}: vendor questionnaire`;

  const day = options.date.toISOString().slice(0, 10);
  const instructions = wb.addWorksheet(SHEET.instructions, { properties: { tabColor: { argb: 'FF2F5597' } } });
  instructions.getColumn(1).width = 26;
  instructions.getColumn(2).width = 90;
  const lines: [string, string][] = [
    ['Vendor questionnaire', ''],
    ['From', options.buyer],
    ['Vendor', profile.vendor],
    ['Service', profile.service],
    ['Sent on', day],
    ['Questions', `${checks.length}, on the "${SHEET.questions}" sheet`],
    ['', ''],
    ['How to answer', `On the "${SHEET.questions}" sheet, pick one answer per row from the drop-down in "Your answer".`],
    ['', 'If you prefer not to answer a question, pick "Prefer not to say". Leave a row blank if you have not answered it yet.'],
    ['', 'Add an explanation, and name the document, clause or section, link and date that support your answer.'],
    ['', 'Where a row asks for a figure, type the number (or date) alone in "Figure"; the unit is in "Figure asked for".'],
    ['', 'Do not add, delete, move or sort rows: the answers are matched to the questions row by row.'],
    ['How to return it', `Save the workbook as .xlsx (not .xlsm, not .csv) and send it back to ${options.buyer}.`],
  ];
  lines.forEach(([label, value], i) => {
    const row = instructions.getRow(i + 1);
    row.getCell(1).value = label;
    row.getCell(2).value = value;
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
  instructions.getCell('A1').font = { bold: true, size: 16 };
  await instructions.protect('', PROTECTION);

  const sheet = wb.addWorksheet(SHEET.questions, { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 4 }] });
  // The lists sheet is "very hidden": Excel and LibreOffice do not offer to unhide it.
  const lists = wb.addWorksheet(SHEET.lists, { state: 'veryHidden' });
  const about = wb.addWorksheet(SHEET.about, { state: 'veryHidden' });

  COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    if (c.key === 'id') column.hidden = true;
  });
  const header = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });

  const areaTitle = new Map(template.areas.map((a) => [a.id, a.title]));
  const areaCount = new Map<string, number>();
  const areaIndex = new Map(template.areas.map((a, i) => [a.id, i + 1]));
  let listRow = 1;
  checks.forEach((check, i) => {
    const rowNumber = HEADER_ROW + 1 + i;
    const row = sheet.getRow(rowNumber);
    const n = (areaCount.get(check.area) ?? 0) + 1;
    areaCount.set(check.area, n);
    const words = check.options.map(optionWords);
    const first = listRow;
    for (const w of words) lists.getCell(listRow++, 1).value = w;
    lists.getCell(first, 2).value = check.id;

    row.getCell(columnNumber('id')).value = check.id;
    row.getCell(columnNumber('area')).value = areaTitle.get(check.area) ?? check.area;
    row.getCell(columnNumber('number')).value = `${areaIndex.get(check.area) ?? 0}.${n}`;
    row.getCell(columnNumber('title')).value = check.shortTitle ?? checkTitle(template, check.id);
    row.getCell(columnNumber('prompt')).value = check.prompt;
    row.getCell(columnNumber('figureAsked')).value = figureWords(check.capture);
    for (const c of COLUMNS) {
      const cell = row.getCell(columnNumber(c.key));
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (!c.vendor) continue;
      if (c.key === 'figure' && !check.capture) continue;
      cell.protection = { locked: false };
      cell.fill = ANSWER_FILL;
    }
    const answer = row.getCell(columnNumber('answer'));
    const range = `'${SHEET.lists}'!$A$${first}:$A$${listRow - 1}`;
    answer.dataValidation =
      check.select === 'multi'
        ? {
            type: 'textLength',
            operator: 'lessThanOrEqual',
            formulae: [4000],
            allowBlank: true,
            showInputMessage: true,
            promptTitle: 'Several answers allowed',
            prompt: `Type each answer that applies on its own line (Alt+Enter), in the words listed: ${words.join(' | ')}`.slice(0, 255),
          }
        : {
            type: 'list',
            allowBlank: true,
            formulae: [range],
            showErrorMessage: true,
            errorStyle: 'stop',
            errorTitle: 'Pick an answer from the list',
            error: 'Please pick one of the answers in the drop-down list.',
          };
    const date = row.getCell(columnNumber('date'));
    date.dataValidation = {
      type: 'date',
      operator: 'greaterThan',
      formulae: [new Date(Date.UTC(1990, 0, 1))],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'A date, please',
      error: 'Type the date as YYYY-MM-DD.',
    };
    date.numFmt = 'yyyy-mm-dd';
    const figure = row.getCell(columnNumber('figure'));
    const capture = check.capture;
    if (capture?.kind === 'number') {
      const min = capture.min ?? -1e15;
      const max = capture.max ?? 1e15;
      figure.dataValidation = {
        type: 'decimal',
        operator: 'between',
        formulae: [min, max],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'A number, please',
        error: `Type the number alone, in ${capture.unit}${capture.min !== undefined || capture.max !== undefined ? `, from ${min} to ${max}` : ''}.`,
      };
    } else if (capture?.kind === 'date') {
      figure.numFmt = 'yyyy-mm-dd';
      figure.dataValidation = { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))], allowBlank: true };
    }
  });
  await sheet.protect('', PROTECTION);

  const facts: [string, string | number][] = [
    ['kind', WORKBOOK_KIND],
    ['layoutVersion', LAYOUT_VERSION],
    ['assessment', assessment.id],
    ['template', template.id],
    ['templateVersion', template.version],
    ['rows', checks.length],
    ['fingerprint', layoutFingerprint(checks)],
    ['sentOn', day],
  ];
  facts.forEach(([k, v], i) => {
    about.getCell(i + 1, 1).value = k;
    about.getCell(i + 1, 2).value = v;
  });
  await lists.protect('', PROTECTION);
  await about.protect('', PROTECTION);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

import type { Check, CheckCapture, CheckOption } from '../../core/template-schema';
import { sha256Hex } from '../../core/digest';

/** Sheet names of the vendor questionnaire workbook; the importer finds its data by these names. */
export const SHEET = {
  instructions: 'Instructions',
  questions: 'Questionnaire',
  lists: 'Answer lists',
  about: 'About',
} as const;

/**
 * The questionnaire's columns, in order. The layout is fixed so a returned copy is matched row by row:
 * column A holds the check id (hidden), the only place an id appears; each row is named by its topic (the
 * check's short title). The answer cells are unlocked, everything else is locked.
 */
export const COLUMNS = [
  { key: 'id', header: 'Check id', width: 12, vendor: false },
  { key: 'area', header: 'Area', width: 22, vendor: false },
  { key: 'number', header: 'No.', width: 7, vendor: false },
  { key: 'title', header: 'Topic', width: 28, vendor: false },
  { key: 'prompt', header: 'Question', width: 60, vendor: false },
  { key: 'answer', header: 'Your answer', width: 42, vendor: true },
  { key: 'explanation', header: 'Explanation', width: 42, vendor: true },
  { key: 'document', header: 'Evidence: document', width: 26, vendor: true },
  { key: 'clause', header: 'Evidence: clause or section', width: 20, vendor: true },
  { key: 'link', header: 'Evidence: link', width: 30, vendor: true },
  { key: 'date', header: 'Evidence: date (YYYY-MM-DD)', width: 16, vendor: true },
  { key: 'figureAsked', header: 'Figure asked for', width: 24, vendor: false },
  { key: 'figure', header: 'Figure', width: 14, vendor: true },
] as const;

/** A column key of the questionnaire sheet. */
export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** 1-based column number of a questionnaire column. */
export function columnNumber(key: ColumnKey): number {
  return COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** The row of the column headers on the questionnaire sheet; check rows follow it. */
export const HEADER_ROW = 1;

/** Identifies the workbook kind in the About sheet, with the layout version the importer expects. */
export const WORKBOOK_KIND = 'fineprint/vendor-questionnaire';
/** Bumped when the columns or sheets change, so an older returned copy is refused with a reason (2: the Topic column). */
export const LAYOUT_VERSION = 2;

/** The option id templates use for "the vendor will not say", which the vendor sees as "Prefer not to say". */
export const WILL_NOT_SAY = 'will-not-say';
/** How the vendor sees the will-not-say option. */
export const PREFER_NOT_TO_SAY = 'Prefer not to say';

/** The words a vendor picks for an option in the drop-down. */
export function optionWords(option: CheckOption): string {
  return option.id === WILL_NOT_SAY ? PREFER_NOT_TO_SAY : option.label;
}

/** What the figure column asks for, in words, or '' when the check asks for none. */
export function figureWords(capture: CheckCapture | undefined): string {
  if (!capture) return '';
  if (capture.kind === 'number') return `${capture.label} (${capture.unit === 'count' ? 'a number' : capture.unit})`;
  if (capture.kind === 'date') return `${capture.label} (a date, YYYY-MM-DD)`;
  return capture.label;
}

/** A fingerprint of the rows: the check ids in order, so moved or deleted rows are caught on import. */
export function layoutFingerprint(checks: readonly Check[]): string {
  return sha256Hex(checks.map((c) => c.id).join('\n'));
}

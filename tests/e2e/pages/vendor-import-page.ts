import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Assessment } from '../../../src/core/assessment-schema';
import { decodeFineprint } from '../../../src/core/file-format';
import type { Check } from '../../../src/core/template-schema';
import { SHEET, columnNumber, optionWords } from '../../../src/node/questionnaire/layout';
import { readWorkbook } from '../../support/workbook';

/** A bundled sample assessment, read as the test's own reference (`model-api-zero-retention-eu` is Tessellate). */
export function sampleAssessment(name: string): Assessment {
  const d = decodeFineprint(readFileSync(join(import.meta.dirname, '../../../templates/samples', `${name}.fineprint`)));
  if (!d.ok) throw new Error(`the sample ${name} does not decode`);
  return d.value.assessment;
}

/** A check of an assessment's template by id. */
export function checkOf(a: Assessment, id: string): Check {
  const c = a.template.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
}

/** What the vendor writes in a check's row: the option picked and, optionally, an explanation. */
export interface VendorPick {
  check: Check;
  option: string;
  explanation?: string;
}

/**
 * Fills a questionnaire workbook as a vendor would in Excel (here with ExcelJS): the answers picked from
 * the drop-down's words, an explanation where given; saves it as `returned`. Returns the rows on its sheet.
 */
export async function fillAsVendor(sent: string, returned: string, picks: readonly VendorPick[]): Promise<number> {
  const wb = await readWorkbook(readFileSync(sent));
  const sheet = wb.getWorksheet(SHEET.questions) as ExcelJS.Worksheet;
  const rowOf = (id: string) => {
    for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === id) return sheet.getRow(r);
    throw new Error(`no row for ${id}`);
  };
  for (const { check, option, explanation } of picks) {
    const o = check.options.find((x) => x.id === option);
    if (!o) throw new Error(`${check.id} has no option ${option}`);
    rowOf(check.id).getCell(columnNumber('answer')).value = optionWords(o);
    if (explanation) rowOf(check.id).getCell(columnNumber('explanation')).value = explanation;
  }
  writeFileSync(returned, new Uint8Array(await wb.xlsx.writeBuffer()));
  return sheet.actualRowCount;
}

/** The round-trip part of the Export section and the review of a returned questionnaire workbook. */
export class VendorImportPage {
  readonly questionnaireButton: Locator;
  readonly trackerXlsxButton: Locator;
  readonly trackerCsvButton: Locator;
  readonly assessmentCsvButton: Locator;
  readonly importButton: Locator;
  readonly heading: Locator;
  readonly table: Locator;
  readonly acceptAll: Locator;
  readonly acceptNone: Locator;

  constructor(readonly page: Page) {
    this.questionnaireButton = page.getByRole('button', { name: 'Questionnaire for the vendor (.xlsx)…' });
    this.trackerXlsxButton = page.getByRole('button', { name: 'Findings tracker (.xlsx)…' });
    this.trackerCsvButton = page.getByRole('button', { name: 'Findings tracker (.csv)…' });
    this.assessmentCsvButton = page.getByRole('button', { name: 'Whole assessment (.csv)…' });
    this.importButton = page.getByRole('button', { name: "Import the vendor's answers…" });
    this.heading = page.getByRole('heading', { name: "Review the vendor's answers" });
    this.table = page.getByRole('table', { name: "Review the vendor's answers" });
    this.acceptAll = page.getByRole('button', { name: 'Accept all' });
    this.acceptNone = page.getByRole('button', { name: 'Accept none' });
  }

  /** The accept checkbox of the row of a check, named by the check's short title. */
  accept(label: string): Locator {
    return this.table.getByRole('checkbox', { name: `Accept the vendor's answer to ${label}`, exact: true });
  }

  /** The review row of a check. */
  row(label: string): Locator {
    // The inner locator is matched inside each row, so it starts from the page, not the table.
    const box = this.page.getByRole('checkbox', { name: `Accept the vendor's answer to ${label}`, exact: true });
    return this.table.getByRole('row').filter({ has: box });
  }

  /** The Apply button, whatever count it shows. */
  apply(): Locator {
    return this.page.getByRole('button', { name: /^Apply \d+ answers?$/ });
  }
}

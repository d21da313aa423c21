import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir } from './temp-dir';

/** Loads .xlsx bytes with ExcelJS, as a vendor's spreadsheet program would open them. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A cell's value as plain text ('' when empty). */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * Opens an .xlsx file in LibreOffice headless (its own profile folder per run) and returns one sheet
 * (1-based) as CSV text: proof that the workbook opens outside the library that wrote it.
 */
export async function libreOfficeSheetCsv(file: string, sheet: number): Promise<string> {
  const work = makeTempDir('lo');
  try {
    await promisify(execFile)(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--convert-to',
        `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`,
        '--outdir',
        work,
        file,
      ],
      { timeout: 120_000 },
    );
    const stem = basename(file).replace(/\.xlsx$/i, '');
    const csv = readdirSync(work).find((f) => f.startsWith(stem) && f.endsWith('.csv'));
    if (!csv) throw new Error(`LibreOffice wrote no CSV for ${file}`);
    return readFileSync(join(work, csv), 'utf8');
  } finally {
    removeTempDir(work);
  }
}

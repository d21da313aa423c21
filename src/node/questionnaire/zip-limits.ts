import { inflateRawSync } from 'node:zlib';

/** Limits a returned workbook must keep before any spreadsheet parser sees it. */
export const WORKBOOK_LIMITS = {
  /** The file itself. */
  fileBytes: 20 * 1024 * 1024,
  /** Entries in the zip. */
  entries: 400,
  /** One entry, inflated. */
  entryBytes: 60 * 1024 * 1024,
  /** All entries, inflated. */
  totalBytes: 120 * 1024 * 1024,
  /** Rows on any one sheet. */
  rows: 20_000,
} as const;

/** What the preflight learned: the entry names, and the inflated text of each sheet. */
export interface ZipSummary {
  names: string[];
  sheets: Map<string, string>;
}

/** Thrown for a workbook that fails a check; the message is one sentence about the file. */
export class WorkbookProblem extends Error {}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;

function endOfCentralDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--)
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return at;
  return -1;
}

/**
 * Checks a returned workbook's zip container before parsing: a zip at all, no macros, a bounded number
 * of entries, and each entry inflated under a hard output limit (its claimed size is not trusted), so a
 * zip bomb or a huge sheet is refused in milliseconds. Throws {@link WorkbookProblem}.
 */
export function checkWorkbookZip(bytes: Uint8Array): ZipSummary {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes)
    throw new WorkbookProblem(`is larger than ${WORKBOOK_LIMITS.fileBytes / 1024 / 1024} MB, too large for a questionnaire`);
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) throw new WorkbookProblem('is not an Excel workbook (.xlsx)');
  const end = endOfCentralDirectory(bytes);
  if (end < 0) throw new WorkbookProblem('is not an Excel workbook (.xlsx): the zip is truncated');
  const count = u16(bytes, end + 10);
  const directory = u32(bytes, end + 16);
  if (count === 0xffff || directory === 0xffffffff) throw new WorkbookProblem('is a zip64 archive, which a questionnaire never is');
  if (count > WORKBOOK_LIMITS.entries)
    throw new WorkbookProblem(`has ${count} zip entries, more than the ${WORKBOOK_LIMITS.entries} allowed`);
  const names: string[] = [];
  const sheets = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let total = 0;
  let at = directory;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50)
      throw new WorkbookProblem('is not an Excel workbook (.xlsx): the zip directory is damaged');
    const method = u16(bytes, at + 10);
    const compressed = u32(bytes, at + 20);
    const claimed = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = u32(bytes, at + 42);
    at = next;
    names.push(name);
    if (/vbaProject\.bin$/i.test(name))
      throw new WorkbookProblem('contains macros (a macro-enabled workbook); save it as .xlsx without macros');
    if (claimed > WORKBOOK_LIMITS.entryBytes)
      throw new WorkbookProblem(`has a part (${name}) that inflates beyond ${WORKBOOK_LIMITS.entryBytes / 1024 / 1024} MB`);
    total += claimed;
    if (total > WORKBOOK_LIMITS.totalBytes)
      throw new WorkbookProblem(`inflates beyond ${WORKBOOK_LIMITS.totalBytes / 1024 / 1024} MB in all (a zip bomb?)`);
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50)
      throw new WorkbookProblem('is not an Excel workbook (.xlsx): a zip entry is damaged');
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const data = bytes.subarray(start, start + compressed);
    let inflated: Uint8Array;
    try {
      if (method === 0) inflated = data;
      else if (method === 8) inflated = inflateRawSync(data, { maxOutputLength: Math.max(claimed, 1) });
      else throw new WorkbookProblem(`uses a zip compression method (${method}) that Excel does not write`);
    } catch (error) {
      if (error instanceof WorkbookProblem) throw error;
      throw new WorkbookProblem(`has a part (${name}) that is damaged or inflates beyond its stated size (a zip bomb?)`);
    }
    if (inflated.length !== claimed) throw new WorkbookProblem(`has a part (${name}) whose size does not match the zip directory`);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      const xml = decoder.decode(inflated);
      let rows = 0;
      for (let k = xml.indexOf('<row'); k >= 0; k = xml.indexOf('<row', k + 4)) if (++rows > WORKBOOK_LIMITS.rows) break;
      if (rows > WORKBOOK_LIMITS.rows)
        throw new WorkbookProblem(`has a sheet with more than ${WORKBOOK_LIMITS.rows} rows, too many for a questionnaire`);
      sheets.set(name, xml);
    }
  }
  if (!names.includes('xl/workbook.xml')) throw new WorkbookProblem('is not an Excel workbook (.xlsx): it has no xl/workbook.xml');
  return { names, sheets };
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportFonts } from '../../core/report/render';

/** The folder holding the generated report font subsets (see src/node/tools/build-report-fonts.ts). */
export const REPORT_FONT_DIR = join(import.meta.dirname, 'fonts');

const cache = new Map<string, Promise<ReportFonts>>();

/**
 * Reads the report fonts (Noto Sans regular and bold, cut to the report charset) once per process and folder.
 * A bundled Electron main passes the folder it copied the fonts to.
 */
export function loadReportFonts(dir: string = REPORT_FONT_DIR): Promise<ReportFonts> {
  let fonts = cache.get(dir);
  if (!fonts) {
    fonts = Promise.all([readFile(join(dir, 'ReportSans-Regular.ttf')), readFile(join(dir, 'ReportSans-Bold.ttf'))]).then(
      ([regular, bold]) => ({
        regular: new Uint8Array(regular),
        bold: new Uint8Array(bold),
      }),
    );
    fonts.catch(() => cache.delete(dir));
    cache.set(dir, fonts);
  }
  return fonts;
}

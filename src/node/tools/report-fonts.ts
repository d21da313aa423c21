// Cuts the report fonts down to the scripts the report supports; shared by the font tool and its test.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { reportCharsetText } from '../../core/report/charset';

/** The npm package the report fonts come from (Noto Sans, SIL Open Font License 1.1). */
export const FONT_PACKAGE = '@expo-google-fonts/noto-sans';
/** The faces used, as files of that package. */
export const FONT_SOURCES = { regular: '400Regular/NotoSans_400Regular.ttf', bold: '700Bold/NotoSans_700Bold.ttf' } as const;
/** Where the generated subsets are committed, beside the loader that reads them. */
export const FONT_DIR = join(import.meta.dirname, '../report/fonts');
/** The generated files' names. */
export const FONT_FILES = { regular: 'ReportSans-Regular.ttf', bold: 'ReportSans-Bold.ttf' } as const;

/** The folder of the installed font package. */
export function fontPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`));
}

/**
 * Subsets one face to the report charset. jsPDF reads only cmap, glyph outlines and metrics, so hinting and
 * the OpenType layout tables (GSUB, GPOS, GDEF) go too: that halves what is left.
 */
export async function subsetReportFace(source: Uint8Array): Promise<Uint8Array> {
  const out = await subsetFont(source, reportCharsetText(), {
    targetFormat: 'truetype',
    noHinting: true,
    keepFeatures: [],
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'gasp', 'DSIG', 'STAT'],
  });
  return new Uint8Array(out);
}

/** Both report faces, subset from the installed npm package. */
export async function buildReportFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const dir = fontPackageDir();
  const [regular, bold] = await Promise.all([readFile(join(dir, FONT_SOURCES.regular)), readFile(join(dir, FONT_SOURCES.bold))]);
  return { regular: await subsetReportFace(regular), bold: await subsetReportFace(bold) };
}

// Writes the report font subsets to src/node/report/fonts/ from the Noto Sans npm package:
// `npx tsx src/node/tools/build-report-fonts.ts`. Never edit the .ttf files by hand; rerun this after
// changing REPORT_CHARSET_RANGES (tests/node/report-fonts.test.ts fails until you do).
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import { REPORT_CHARSET_RANGES } from '../../core/report/charset';
import { FONT_DIR, FONT_FILES, FONT_PACKAGE, buildReportFonts, fontPackageDir } from './report-fonts';

const fonts = await buildReportFonts();
for (const face of ['regular', 'bold'] as const) {
  await writeFile(join(FONT_DIR, FONT_FILES[face]), fonts[face]);
  const covered = new Face(new Blob(fonts[face])).collectUnicodes();
  const wanted = REPORT_CHARSET_RANGES.reduce((n, [from, to]) => n + to - from + 1, 0);
  console.log(
    `wrote src/node/report/fonts/${FONT_FILES[face]}: ${fonts[face].length} bytes, ${covered.length} of ${wanted} charset code points`,
  );
}
await copyFile(join(fontPackageDir(), 'LICENSE_FONT'), join(FONT_DIR, 'OFL.txt'));
console.log(`copied the font licence of ${FONT_PACKAGE} to src/node/report/fonts/OFL.txt`);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_CHARSET_RANGES } from '../../src/core/report/charset';
import { fontCoverage } from '../../src/core/report/font-coverage';
import { REPORT_FONT_DIR, loadReportFonts } from '../../src/node/report/load-fonts';
import { FONT_FILES, buildReportFonts } from '../../src/node/tools/report-fonts';

describe('report fonts', () => {
  it('are exactly what the font tool makes from the npm package (run src/node/tools/build-report-fonts.ts)', async () => {
    const built = await buildReportFonts();
    for (const face of ['regular', 'bold'] as const) {
      const committed = readFileSync(join(REPORT_FONT_DIR, FONT_FILES[face]));
      expect(Buffer.compare(Buffer.from(built[face]), committed), face).toBe(0);
    }
  });

  it('draw every assigned character of the report charset in both faces, and stay small', async () => {
    const fonts = await loadReportFonts();
    for (const face of ['regular', 'bold'] as const) {
      const covered = fontCoverage(fonts[face]);
      const missing: string[] = [];
      for (const [from, to] of REPORT_CHARSET_RANGES)
        for (let c = from; c <= to; c++) if (!/\p{Cn}/u.test(String.fromCodePoint(c)) && !covered.has(c)) missing.push(c.toString(16));
      expect(missing, face).toEqual([]);
      expect(fonts[face].length, face).toBeLessThan(60_000);
    }
  });

  it('ship with their licence', () => {
    expect(readFileSync(join(REPORT_FONT_DIR, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});

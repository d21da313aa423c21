import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Blob, Face } from 'harfbuzzjs';
import { REPORT_CHARSET_RANGES, reportCharsetCodePoints } from '../../src/core/report/charset';
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
      // The characters the font maps to a glyph, as HarfBuzz (which cut the subset) reads its cmap.
      const drawn = new Set(new Face(new Blob(fonts[face])).collectUnicodes());
      const missing: string[] = [];
      for (const [from, to] of REPORT_CHARSET_RANGES)
        for (let c = from; c <= to; c++) if (!/\p{Cn}/u.test(String.fromCodePoint(c)) && !drawn.has(c)) missing.push(c.toString(16));
      expect(missing, face).toEqual([]);
      // What the report lets through to the page is exactly what both faces draw: nothing prints as an empty box.
      expect(
        [...reportCharsetCodePoints()].filter((c) => !drawn.has(c)).map((c) => c.toString(16)),
        face,
      ).toEqual([]);
      expect(fonts[face].length, face).toBeLessThan(60_000);
    }
  });

  it('ship with their licence', () => {
    expect(readFileSync(join(REPORT_FONT_DIR, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});

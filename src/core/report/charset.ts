/**
 * The scripts the report fonts carry: Latin with diacritics, Greek, Cyrillic, typographic punctuation and a
 * few symbols (Noto Sans has no arrows or shapes; the report draws those as vectors). The font tool
 * (src/node/tools/build-report-fonts.ts) cuts the embedded fonts down to these ranges, because jsPDF embeds
 * metrics for every glyph a font has; text outside them is printed as a replacement character (sanitise.ts).
 */
export const REPORT_CHARSET_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A: every European language's diacritics
  [0x0218, 0x021b], // Romanian S and T with comma below
  [0x02c6, 0x02c7], // modifier circumflex and caron
  [0x02d8, 0x02dd], // breve, dot above, ring, ogonek, small tilde, double acute
  [0x0370, 0x03e1], // Greek
  [0x03f0, 0x03ff], // Greek letter variants
  [0x0400, 0x045f], // Cyrillic: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian
  [0x0490, 0x0491], // Ukrainian Ghe with upturn
  [0x2010, 0x2027], // dashes, quotation marks, daggers, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, single guillemets
  [0x2044, 0x2044], // fraction slash
  [0x20ac, 0x20ac], // euro sign
  [0x20a3, 0x20a4], // franc and lira signs
  [0x20b9, 0x20ba], // rupee and Turkish lira signs
  [0x2116, 0x2116], // numero sign
  [0x2122, 0x2122], // trade mark sign
  [0x2212, 0x2212], // minus sign
  [0xfffd, 0xfffd], // replacement character
];

let assigned: ReadonlySet<number> | undefined;

/**
 * The code points of the report charset that Unicode assigns: what the report fonts draw (the font tool
 * subsets them to this, and tests/node/report-fonts.test.ts checks both faces draw every one), so the
 * report can print exactly these and replace the rest without reading the fonts' cmap at run time.
 */
export function reportCharsetCodePoints(): ReadonlySet<number> {
  if (!assigned) {
    const set = new Set<number>();
    for (const [from, to] of REPORT_CHARSET_RANGES)
      for (let c = from; c <= to; c++) if (!/\p{Cn}/u.test(String.fromCodePoint(c))) set.add(c);
    assigned = set;
  }
  return assigned;
}

/** Every code point of the report charset, as one string (what the font tool keeps). */
export function reportCharsetText(): string {
  let out = '';
  for (const [from, to] of REPORT_CHARSET_RANGES) for (let c = from; c <= to; c++) out += String.fromCodePoint(c);
  return out;
}

/** Cleans one string for drawing: what the caller gets back is safe to hand to jsPDF as text. */
export type Sanitise = (text: string, options?: { multiline?: boolean }) => string;

// Line separators become line feeds; tabs become spaces.
const BREAKS = /\r\n?|[\u2028\u2029]/g;
// Invisible characters that would reorder or hide text: C0/C1 controls (line feed aside), bidi embeddings,
// overrides, isolates and marks, zero-width characters, soft hyphens, variation selectors, byte-order marks.
const INVISIBLE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
const VARIATION_SELECTOR = /\p{Variation_Selector}/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const PLAIN = /^[\u0020-\u007E]*$/;
const SPACE_LIKE = /^[\u0020\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/u;
const COMBINING = /^\p{M}$/u;

/**
 * Builds the sanitiser for a font: drops control, bidirectional-override and zero-width characters (so a
 * hostile U+202E cannot reverse what a reader sees), composes diacritics (NFC), and replaces what the font
 * cannot draw with U+FFFD (or "?" where the font lacks that too). Line breaks survive only in multi-line text.
 */
export function makeSanitiser(covered: ReadonlySet<number>): Sanitise {
  const replacement = covered.has(0xfffd) ? '\uFFFD' : '?';
  const cache = new Map<number, string>();
  const mapChar = (ch: string): string => {
    const code = ch.codePointAt(0)!;
    if (covered.has(code) || code === 0x0a) return ch;
    let out = cache.get(code);
    if (out === undefined) {
      out = SPACE_LIKE.test(ch) ? ' ' : COMBINING.test(ch) ? '' : replacement;
      cache.set(code, out);
    }
    return out;
  };
  return (input, options = {}) => {
    let s = typeof input === 'string' ? input : String(input);
    if (PLAIN.test(s)) return s;
    s = s
      .replace(LONE_SURROGATE, replacement)
      .replace(BREAKS, '\n')
      .replace(/\t/g, ' ')
      .replace(INVISIBLE, '')
      .replace(VARIATION_SELECTOR, '')
      .normalize('NFC');
    if (!options.multiline) s = s.replace(/\n+/g, ' ');
    let out = '';
    for (const ch of s) out += mapChar(ch);
    return out;
  };
}

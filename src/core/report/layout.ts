import type { jsPDF } from 'jspdf';
import type { Sanitise } from './sanitise';
import { COLOURS, LINE, SIZE, type Rgb } from './theme';

/** The family name the report fonts are registered under. */
export const FONT = 'ReportSans';
/** A face of the report font. */
export type Face = 'normal' | 'bold';

/** One bookmark of the PDF outline, with its children. */
export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/** A line of text with its style, ready to draw. */
export interface StyledLine {
  text: string;
  face: Face;
  colour: Rgb;
  size: number;
}

/** Page geometry in points, per paper size. */
const PAPER = { a4: [595.28, 841.89], letter: [612, 792] } as const;

/**
 * The page cursor over a jsPDF document: margins, fonts, wrapped text, page breaks and bookmarks. Every
 * string drawn passes through the sanitiser, so nothing a file holds can reach jsPDF unfiltered.
 */
export class Layout {
  readonly width: number;
  readonly height: number;
  readonly left = 54;
  readonly right: number;
  readonly top = 66;
  readonly bottom: number;
  readonly contentWidth: number;
  y: number;
  readonly outline: Bookmark[] = [];
  private face: Face | undefined;
  private size = 0;
  private colour: Rgb | undefined;

  constructor(
    readonly doc: jsPDF,
    readonly clean: Sanitise,
    paper: keyof typeof PAPER,
  ) {
    [this.width, this.height] = PAPER[paper];
    this.right = this.width - 54;
    this.bottom = this.height - 58;
    this.contentWidth = this.right - this.left;
    this.y = this.top;
  }

  /** Sets face, size and colour, skipping what is already set (jsPDF calls are not free). */
  font(face: Face, size: number, colour: Rgb = COLOURS.ink): void {
    if (face !== this.face) {
      this.doc.setFont(FONT, face);
      this.face = face;
    }
    if (size !== this.size) {
      this.doc.setFontSize(size);
      this.size = size;
    }
    if (colour !== this.colour) {
      this.doc.setTextColor(colour[0], colour[1], colour[2]);
      this.colour = colour;
    }
  }

  /** Forgets the cached font state (after drawing that set it behind the cursor's back). */
  resetFontState(): void {
    this.face = undefined;
    this.size = 0;
    this.colour = undefined;
  }

  /** The current page number, from 1. */
  page(): number {
    return this.doc.getNumberOfPages();
  }

  /** Starts a new page and puts the cursor at its top. */
  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Space left on the page below the cursor. */
  remaining(): number {
    return this.bottom - this.y;
  }

  /** Moves to a new page unless `height` points fit below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  /**
   * Sanitised text wrapped to a width in a face and size: breaks at spaces; a word wider than the line
   * breaks after a hyphen, slash, underscore or full stop where it can (URLs, "abuse-monitoring"), and
   * between characters only where it must (a 64-digit hash).
   */
  wrap(text: string, width: number, face: Face, size: number): string[] {
    const s = this.clean(text, { multiline: true });
    if (s === '') return [];
    const units = this.charWidths(face);
    const max = width / size;
    const measure = (w: string) => {
      let n = 0;
      for (const ch of w) n += units(ch);
      return n;
    };
    const space = units(' ');
    const out: string[] = [];
    for (const paragraph of s.split('\n')) {
      let line = '';
      let used = 0;
      const push = () => {
        out.push(line.trimEnd());
        line = '';
        used = 0;
      };
      for (const word of paragraph.split(' ')) {
        const w = measure(word);
        const gap = line === '' ? 0 : space;
        if (used + gap + w <= max) {
          line += (line === '' ? '' : ' ') + word;
          used += gap + w;
          continue;
        }
        if (line !== '') push();
        if (w <= max) {
          line = word;
          used = w;
          continue;
        }
        for (const piece of word.split(/(?<=[-/_.])/)) {
          const pw = measure(piece);
          if (used + pw <= max) {
            line += piece;
            used += pw;
            continue;
          }
          if (line !== '') push();
          if (pw <= max) {
            line = piece;
            used = pw;
            continue;
          }
          for (const ch of piece) {
            const cw = units(ch);
            if (used + cw > max && line !== '') push();
            line += ch;
            used += cw;
          }
        }
      }
      push();
    }
    return out;
  }

  private readonly widthCache: Record<Face, Map<string, number>> = { normal: new Map(), bold: new Map() };

  /** Width of one character in ems, per face, measured once. */
  private charWidths(face: Face): (ch: string) => number {
    const cache = this.widthCache[face];
    return (ch) => {
      let w = cache.get(ch);
      if (w === undefined) {
        this.font(face, this.size || SIZE.body);
        w = this.doc.getStringUnitWidth(ch);
        cache.set(ch, w);
      }
      return w;
    };
  }

  /** Width of sanitised text in a face and size. */
  textWidth(text: string, face: Face, size: number): number {
    this.font(face, size, COLOURS.ink);
    return this.doc.getTextWidth(this.clean(text));
  }

  /** Draws lines whose first line's box starts at `top`; consecutive lines of one style go in one call. */
  drawLines(lines: readonly StyledLine[], x: number, top: number, align: 'left' | 'right' = 'left'): void {
    let i = 0;
    let lineTop = top;
    while (i < lines.length) {
      const first = lines[i];
      let j = i + 1;
      while (j < lines.length && lines[j].face === first.face && lines[j].size === first.size && lines[j].colour === first.colour) j++;
      const run = lines.slice(i, j).map((l) => l.text);
      this.font(first.face, first.size, first.colour);
      this.doc.text(run, x, baseline(lineTop, first.size), align === 'right' ? { align: 'right' } : {});
      lineTop += run.length * first.size * LINE;
      i = j;
    }
  }

  /** Draws wrapped text at the cursor, breaking pages between lines; returns the lines drawn. */
  paragraph(
    text: string,
    options: { face?: Face; size?: number; colour?: Rgb; x?: number; width?: number; gapAfter?: number; maxLines?: number } = {},
  ): number {
    const { face = 'normal', size = SIZE.body, colour = COLOURS.ink, x = this.left, gapAfter = size * 0.6 } = options;
    const width = options.width ?? this.right - x;
    let lines = this.wrap(text, width, face, size);
    if (options.maxLines !== undefined && lines.length > options.maxLines) {
      lines = lines.slice(0, options.maxLines);
      lines[lines.length - 1] = `${lines[lines.length - 1].replace(/.{0,2}$/u, '')}…`;
    }
    const lh = size * LINE;
    let i = 0;
    while (i < lines.length) {
      this.ensure(lh);
      const fit = Math.max(1, Math.floor(this.remaining() / lh));
      const chunk = lines.slice(i, i + fit).map((t) => ({ text: t, face, colour, size }));
      this.drawLines(chunk, x, this.y);
      this.y += chunk.length * lh;
      i += chunk.length;
    }
    this.y += gapAfter;
    return lines.length;
  }

  /** The height of a paragraph drawn with {@link paragraph}'s defaults, gap included. */
  paragraphHeight(text: string, options: { face?: Face; size?: number; width?: number } = {}): number {
    const { face = 'normal', size = SIZE.body, width = this.contentWidth } = options;
    return this.wrap(text, width, face, size).length * size * LINE + size * 0.6;
  }

  /**
   * A section heading: level 1 starts a page and a top-level bookmark (unless `share` is given and that
   * many points fit below what is already on the page: a short section then follows on); 2 and 3 are
   * bookmarked under it.
   */
  heading(text: string, level: 1 | 2 | 3, options: { bookmark?: boolean; keep?: number; share?: number } = {}): void {
    if (level === 1) {
      const gap = 28;
      if (options.share !== undefined && this.y > this.top && this.y + gap + SIZE.h1 * LINE + 16 + options.share <= this.bottom)
        this.y += gap;
      else this.newPage();
    }
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    // Keep a heading with what follows it: `keep` points of it, or a few lines.
    this.ensure(size * LINE * 2 + 8 + (options.keep ?? 40));
    if (options.bookmark !== false) this.bookmark(this.clean(text), level);
    if (level > 1) this.y += level === 2 ? 4 : 1;
    this.paragraph(text, { face: 'bold', size, colour: COLOURS.navy, gapAfter: level === 1 ? 4 : 4 });
    if (level === 1) {
      this.doc.setDrawColor(...COLOURS.navy);
      this.doc.setLineWidth(1.2);
      this.doc.line(this.left, this.y, this.left + 48, this.y);
      this.y += 12;
    }
  }

  /** Adds a bookmark for the current page, nested under the last bookmark of the level above. */
  bookmark(title: string, level: 1 | 2 | 3): void {
    const entry: Bookmark = { title, page: this.page(), children: [] };
    let siblings = this.outline;
    for (let depth = 1; depth < level; depth++) {
      const parent = siblings[siblings.length - 1];
      if (!parent) break;
      siblings = parent.children;
    }
    siblings.push(entry);
  }
}

/** The baseline of a line whose box (size x LINE high) starts at `top`: cap height centred in the box. */
export function baseline(top: number, size: number): number {
  return top + (size * LINE + size * 0.7) / 2;
}

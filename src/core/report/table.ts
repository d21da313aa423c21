import { baseline, type Face, type Layout, type StyledLine } from './layout';
import { COLOURS, LINE, SIZE, type Rgb } from './theme';

/** A column: its heading, its share of the width, its alignment. */
export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** A run of text in a cell; each part starts on a new line. */
export interface CellPart {
  text: string;
  face?: Face;
  colour?: Rgb;
  size?: number;
}

/** A cell: plain text, or parts with their own styles, and an optional background. */
export type TableCell = string | { parts: CellPart[]; fill?: Rgb };

/** A row of cells; `fill` paints the whole row (a total, say); `keepWithPrevious` never starts a page with it. */
export interface TableRow {
  cells: TableCell[];
  fill?: Rgb;
  keepWithPrevious?: boolean;
}

const PAD_X = 4;
const PAD_Y = 3.2;

interface LaidCell {
  lines: StyledLine[];
  fill: Rgb | undefined;
}

const linesHeight = (lines: readonly StyledLine[]) => lines.reduce((h, line) => h + line.size * LINE, 0);

/**
 * Draws a table at the cursor: cells wrap within their columns, rows never run off the page, the header
 * row repeats on every page the table reaches, and a row taller than the space left is split between
 * pages line by line (so a 5,000-character note flows on instead of overflowing).
 */
export function drawTable(
  l: Layout,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  options: { size?: number; heading?: { text: string; level: 2 | 3; intro?: string } } = {},
): void {
  const size = options.size ?? SIZE.table;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (l.contentWidth * c.width) / total);
  const xs: number[] = [];
  let edge = l.left;
  for (const w of widths) {
    xs.push(edge);
    edge += w;
  }
  const textX = (i: number) => (columns[i].align === 'right' ? xs[i] + widths[i] - PAD_X : xs[i] + PAD_X);

  const layCell = (cell: TableCell, col: number): LaidCell => {
    const parts: CellPart[] = typeof cell === 'string' ? [{ text: cell }] : cell.parts;
    const lines: StyledLine[] = [];
    for (const p of parts) {
      const face = p.face ?? 'normal';
      const partSize = p.size ?? size;
      for (const text of l.wrap(p.text, widths[col] - 2 * PAD_X, face, partSize))
        lines.push({ text, face, colour: p.colour ?? COLOURS.ink, size: partSize });
    }
    return { lines, fill: typeof cell === 'string' ? undefined : cell.fill };
  };
  const heightOf = (cells: readonly LaidCell[]) => cells.reduce((h, c) => Math.max(h, linesHeight(c.lines)), size * LINE) + 2 * PAD_Y;

  const head = columns.map((c, i) => layCell({ parts: [{ text: c.header, face: 'bold', colour: COLOURS.white }] }, i));
  const headHeight = heightOf(head);
  const drawHead = () => {
    l.doc.setFillColor(...COLOURS.navy);
    l.doc.rect(l.left, l.y, l.contentWidth, headHeight, 'F');
    head.forEach((c, i) => l.drawLines(c.lines, textX(i), l.y + PAD_Y, columns[i].align));
    l.y += headHeight;
  };

  const fillRow = (cells: readonly LaidCell[], rowFill: Rgb | undefined, top: number, height: number, index: number) => {
    const doc = l.doc;
    const zebra = index % 2 === 1 ? COLOURS.zebra : undefined;
    const base = rowFill ?? zebra;
    if (base) {
      doc.setFillColor(...base);
      doc.rect(l.left, top, l.contentWidth, height, 'F');
    }
    cells.forEach((c, i) => {
      if (!c.fill) return;
      doc.setFillColor(...c.fill);
      doc.rect(xs[i], top, widths[i], height, 'F');
    });
  };
  const rule = (y: number) => {
    l.doc.setDrawColor(...COLOURS.rule);
    l.doc.setLineWidth(0.5);
    l.doc.line(l.left, y, l.right, y);
  };
  const drawRow = (cells: readonly LaidCell[], rowFill: Rgb | undefined, height: number, index: number) => {
    fillRow(cells, rowFill, l.y, height, index);
    cells.forEach((c, i) => c.lines.length > 0 && l.drawLines(c.lines, textX(i), l.y + PAD_Y, columns[i].align));
    rule(l.y + height);
    l.y += height;
  };

  // Rows of one line per cell are drawn in batches: one text call per column and style for the whole
  // batch instead of one per cell, which keeps long tables (the score trace) fast and small.
  const simpleHeight = size * LINE + 2 * PAD_Y;
  let batch: { cells: LaidCell[]; fill: Rgb | undefined; index: number }[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const top = l.y;
    batch.forEach((r, k) => fillRow(r.cells, r.fill, top + k * simpleHeight, simpleHeight, r.index));
    columns.forEach((column, i) => {
      const styles = new Map<string, StyledLine>();
      for (const r of batch) {
        const line = r.cells[i].lines[0];
        if (line) styles.set(`${line.face}|${line.colour.join(',')}`, line);
      }
      for (const [key, style] of styles) {
        const texts = batch.map((r) => {
          const line = r.cells[i].lines[0];
          return line && `${line.face}|${line.colour.join(',')}` === key ? line.text : '';
        });
        while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
        l.font(style.face, size, style.colour);
        l.doc.text(texts, textX(i), baseline(top + PAD_Y, size), {
          lineHeightFactor: simpleHeight / size,
          ...(column.align === 'right' ? { align: 'right' as const } : {}),
        });
      }
    });
    batch.forEach((_, k) => rule(top + (k + 1) * simpleHeight));
    l.y = top + batch.length * simpleHeight;
    batch = [];
  };

  const pageRoom = l.bottom - l.top - headHeight;
  // Keep the heading, the header row and the start of the first row together.
  const first = rows[0]?.cells.map((c, i) => layCell(c, i));
  // A first row that fits on a page is never split (it moves whole), so all of it must fit beside the heading.
  const firstHeight = first ? heightOf(first) : 0;
  const keep = headHeight + (firstHeight <= pageRoom ? firstHeight : Math.min(firstHeight, 5 * size * LINE + 2 * PAD_Y));
  // Keep the heading and its introduction with the header row and the first rows (no orphan heading).
  const intro = options.heading?.intro;
  const introHeight = intro ? l.paragraphHeight(intro, { size: SIZE.small }) : 0;
  if (options.heading) l.heading(options.heading.text, options.heading.level, { keep: keep + introHeight });
  else l.ensure(keep);
  if (intro) l.paragraph(intro, { size: SIZE.small, colour: COLOURS.muted });
  drawHead();
  let next: LaidCell[] | undefined = first;
  // The last row never starts a page alone when the table has rows before it (no widow row).
  const lastKept = rows.length >= 3 ? rows.length - 1 : -1;
  const keepsWithPrevious = (i: number) => rows[i]?.keepWithPrevious === true || i === lastKept;
  rows.forEach((row, index) => {
    let cells = next ?? row.cells.map((c, i) => layCell(c, i));
    next = undefined;
    let height = heightOf(cells);
    // A row that must not start a page (a total) pulls the row before it onto the next page too.
    const follower = rows[index + 1];
    if (follower && keepsWithPrevious(index + 1)) {
      next = follower.cells.map((c, i) => layCell(c, i));
      const at = l.y + batch.length * simpleHeight;
      const both = height + heightOf(next);
      if (at + height <= l.bottom && at + both > l.bottom && both <= pageRoom) {
        flush();
        l.newPage();
        drawHead();
      }
    }
    const simple = cells.every((c) => c.lines.length <= 1 && (c.lines[0]?.size ?? size) === size);
    if (simple && l.y + (batch.length + 1) * simpleHeight <= l.bottom) {
      batch.push({ cells, fill: row.fill, index });
      return;
    }
    flush();
    if (l.y + height > l.bottom && height <= pageRoom) {
      l.newPage();
      drawHead();
    }
    if (simple) {
      batch.push({ cells, fill: row.fill, index });
      return;
    }
    // A row taller than a page: as many lines of every cell as fit here, the rest on the next page.
    while (l.y + height > l.bottom) {
      const room = l.bottom - l.y - 2 * PAD_Y;
      if (room >= 2 * size * LINE) {
        const take = cells.map((c) => {
          let n = 0;
          let used = 0;
          while (n < c.lines.length && used + c.lines[n].size * LINE <= room + 0.01) used += c.lines[n++].size * LINE;
          return n;
        });
        drawRow(
          cells.map((c, i) => ({ lines: c.lines.slice(0, take[i]), fill: c.fill })),
          row.fill,
          l.bottom - l.y,
          index,
        );
        cells = cells.map((c, i) => ({ lines: c.lines.slice(take[i]), fill: c.fill }));
        height = heightOf(cells);
      }
      l.newPage();
      drawHead();
    }
    drawRow(cells, row.fill, height, index);
  });
  flush();
  l.y += 12;
}

import { RISK_LABEL, formatScore } from './format';
import type { Layout } from './layout';
import type { AreaScore } from './model-types';
import { COLOURS, LINE, RISK_COLOUR, RISK_TINT, SIZE } from './theme';

/** Thresholds of the ratings, as the template sets them. */
export interface Thresholds {
  medium: number;
  high: number;
  critical: number;
}

const LABEL_WIDTH = 150;
const VALUE_WIDTH = 78;
const ROW = 26;
const MIN_ROW = 12;
/** Height the chart may take on the one-page summary, however many areas a template has. */
const MAX_HEIGHT = 5 * ROW + 20;

/**
 * Draws the area scores as a horizontal bar chart in vectors at the cursor: one bar per area on a 0-100
 * axis over faint bands for the rating thresholds, each bar in its rating's colour with score and rating
 * written beside it (so the chart reads in grey print too). Returns nothing; moves the cursor below it.
 */
export function drawAreaChart(l: Layout, areas: readonly AreaScore[], thresholds: Thresholds): void {
  const doc = l.doc;
  const x0 = l.left + LABEL_WIDTH;
  const plotWidth = l.contentWidth - LABEL_WIDTH - VALUE_WIDTH;
  const xOf = (score: number) => x0 + (Math.max(0, Math.min(100, score)) / 100) * plotWidth;
  const top = l.y;
  // Up to five areas get full rows; more share the same height, and past that the rest are counted.
  const fit = Math.floor(MAX_HEIGHT / MIN_ROW);
  const shown = areas.slice(0, fit);
  const row = Math.max(MIN_ROW, Math.min(ROW, MAX_HEIGHT / shown.length));
  const bar = Math.min(12, row - 4);
  const labelSize = row < 20 ? SIZE.tiny : SIZE.small;
  const height = shown.length * row;

  const bands: [number, number, keyof typeof RISK_TINT][] = [
    [0, thresholds.medium, 'low'],
    [thresholds.medium, thresholds.high, 'medium'],
    [thresholds.high, thresholds.critical, 'high'],
    [thresholds.critical, 100, 'critical'],
  ];
  for (const [from, to, level] of bands) {
    doc.setFillColor(...RISK_TINT[level]);
    doc.rect(xOf(from), top, xOf(to) - xOf(from), height, 'F');
  }
  doc.setDrawColor(...COLOURS.rule);
  doc.setLineWidth(0.4);
  for (let t = 0; t <= 100; t += 20) doc.line(xOf(t), top, xOf(t), top + height);

  shown.forEach((a, i) => {
    const rowTop = top + i * row;
    const labelLines = l.wrap(a.title, LABEL_WIDTH - 10, 'normal', labelSize).slice(0, row < 20 ? 1 : 2);
    const labelTop = rowTop + (row - labelLines.length * labelSize * LINE) / 2;
    l.drawLines(
      labelLines.map((text) => ({ text, face: 'normal' as const, colour: COLOURS.ink, size: labelSize })),
      x0 - 8,
      labelTop,
      'right',
    );
    const barTop = rowTop + (row - bar) / 2;
    const valueTop = rowTop + (row - labelSize * LINE) / 2;
    if (a.score === null || a.rating === null) {
      l.drawLines([{ text: 'Not rated yet (nothing known)', face: 'normal', colour: COLOURS.muted, size: labelSize }], x0 + 4, valueTop);
      return;
    }
    doc.setFillColor(...RISK_COLOUR[a.rating]);
    doc.rect(x0, barTop, Math.max(1.5, xOf(a.score) - x0), bar, 'F');
    l.drawLines(
      [{ text: `${formatScore(a.score)}  ${RISK_LABEL[a.rating]}`, face: 'bold', colour: RISK_COLOUR[a.rating], size: labelSize }],
      l.right - VALUE_WIDTH + 8,
      valueTop,
    );
  });

  doc.setDrawColor(...COLOURS.muted);
  doc.setLineWidth(0.7);
  doc.line(x0, top, x0, top + height);
  doc.line(x0, top + height, x0 + plotWidth, top + height);
  for (let t = 0; t <= 100; t += 20) {
    doc.line(xOf(t), top + height, xOf(t), top + height + 3);
    l.font('normal', SIZE.tiny, COLOURS.muted);
    doc.text(String(t), xOf(t), top + height + 11, { align: 'center' });
  }
  l.font('normal', SIZE.tiny, COLOURS.muted);
  const more = areas.length - shown.length;
  const caption = l.wrap(
    `Risk score (0 = no identified risk, 100 = maximum); bands: rating thresholds${more > 0 ? `; ${more} more areas in the appendix` : ''}`,
    l.right - x0,
    'normal',
    SIZE.tiny,
  );
  l.drawLines(
    caption.map((text) => ({ text, face: 'normal' as const, colour: COLOURS.muted, size: SIZE.tiny })),
    x0,
    top + height + 15,
  );
  l.y = top + height + 17 + caption.length * SIZE.tiny * LINE;
}

import { JURISDICTION_LABEL } from '../advice';
import type { Layout, StyledLine } from './layout';
import type { HopView, ReportModel } from './model-types';
import { COLOURS, LINE, RISK_COLOUR, RISK_TINT, SIZE, type Rgb } from './theme';

const GUTTER = 30;
const PAD = 7;
const GAP = 18;

interface Standing {
  label: string;
  colour: Rgb;
  tint: Rgb;
}

function standingOf(hop: HopView, requiredLabels: readonly string[]): Standing {
  switch (hop.standing) {
    case 'outside':
      return {
        label: `OUTSIDE REQUIRED: ${hop.outsideOf.map((j) => JURISDICTION_LABEL[j]).join(', ')}`,
        colour: RISK_COLOUR.critical,
        tint: RISK_TINT.critical,
      };
    case 'unknown':
      return { label: 'JURISDICTION UNKNOWN: ASK THE VENDOR', colour: RISK_COLOUR.medium, tint: RISK_TINT.medium };
    case 'off-by-policy':
      return { label: 'SWITCHED OFF BY POLICY', colour: COLOURS.muted, tint: COLOURS.white };
    case 'inside':
      return { label: `INSIDE ${requiredLabels.join(', ')}`, colour: RISK_COLOUR.none, tint: COLOURS.white };
    case 'no-requirement':
      return { label: 'NO JURISDICTION REQUIRED', colour: COLOURS.muted, tint: COLOURS.white };
  }
}

const line = (text: string, face: 'normal' | 'bold', colour: Rgb, size: number): StyledLine => ({ text, face, colour, size });

/** Arrow from (x, y1) down to (x, y2), drawn in vectors. */
function arrowDown(l: Layout, x: number, y1: number, y2: number): void {
  const doc = l.doc;
  doc.setDrawColor(...COLOURS.muted);
  doc.setFillColor(...COLOURS.muted);
  doc.setLineWidth(1);
  doc.line(x, y1, x, y2 - 4);
  doc.triangle(x - 3.5, y2 - 5, x + 3.5, y2 - 5, x, y2, 'F');
}

/**
 * Draws the data path as a vertical flow in vectors: the buyer's users at the top, then one card per hop
 * (component, operator, region, jurisdiction, data kinds, retention) joined by arrows. A hop outside the
 * buyer's required jurisdictions gets a red frame and a written "outside" label; an unclear one an amber
 * frame and label. Cards never split: one that does not fit moves to the next page.
 */
export function drawDataPath(l: Layout, model: ReportModel): void {
  const { hops, requiredLabels } = model.dataPath;
  const doc = l.doc;
  const cardX = l.left + GUTTER;
  const cardWidth = l.contentWidth - GUTTER;
  const leftWidth = cardWidth * 0.56 - 2 * PAD;
  const rightX = cardX + cardWidth * 0.58;
  const rightWidth = cardWidth * 0.42 - PAD;
  const cx = l.left + 11;

  // The origin: the buyer's users.
  const origin = model.cover.organisation ? `Users and data of ${model.cover.organisation}` : 'Your users and data';
  const originLines = l.wrap(origin, cardWidth - 2 * PAD, 'bold', SIZE.small);
  const originHeight = originLines.length * SIZE.small * LINE + 2 * PAD - 2;
  doc.setFillColor(...COLOURS.navySoft);
  doc.roundedRect(cardX, l.y, cardWidth, originHeight, 4, 4, 'F');
  doc.setFillColor(...COLOURS.navy);
  doc.circle(cx, l.y + originHeight / 2, 4, 'F');
  l.drawLines(
    originLines.map((t) => line(t, 'bold', COLOURS.navy, SIZE.small)),
    cardX + PAD,
    l.y + PAD - 1,
  );
  let connectFrom = l.y + originHeight / 2 + 4;
  l.y += originHeight;

  for (const hop of hops) {
    const standing = standingOf(hop, requiredLabels);
    const left: StyledLine[] = [
      ...l.wrap(hop.component, leftWidth, 'bold', SIZE.body).map((t) => line(t, 'bold', COLOURS.ink, SIZE.body)),
      ...l
        .wrap(`Operator: ${hop.operator || 'not stated'}`, leftWidth, 'normal', SIZE.small)
        .map((t) => line(t, 'normal', COLOURS.ink, SIZE.small)),
      ...l
        .wrap(`Data: ${hop.dataKinds.length > 0 ? hop.dataKinds.join(', ') : 'not stated'}`, leftWidth, 'normal', SIZE.small)
        .map((t) => line(t, 'normal', COLOURS.muted, SIZE.small)),
      ...l
        .wrap(`Retention: ${hop.retention || 'not stated'}`, leftWidth, 'normal', SIZE.small)
        .map((t) => line(t, 'normal', COLOURS.muted, SIZE.small)),
    ];
    const right: StyledLine[] = [
      ...l
        .wrap(`Region: ${hop.region || 'not stated'}`, rightWidth, 'normal', SIZE.small)
        .map((t) => line(t, 'normal', COLOURS.ink, SIZE.small)),
      ...l
        .wrap(
          `Jurisdiction: ${hop.jurisdictions.length > 0 ? hop.jurisdictions.join(', ') : 'not recorded'}`,
          rightWidth,
          'normal',
          SIZE.small,
        )
        .map((t) => line(t, 'normal', COLOURS.ink, SIZE.small)),
    ];
    const badgeLines = l.wrap(standing.label, rightWidth - 10, 'bold', SIZE.tiny);
    const badgeHeight = badgeLines.length * SIZE.tiny * LINE + 6;
    const heightOf = (lines: StyledLine[]) => lines.reduce((h, x) => h + x.size * LINE, 0);
    const cardHeight = Math.max(heightOf(left), heightOf(right) + 6 + badgeHeight) + 2 * PAD;

    if (l.y + GAP + cardHeight > l.bottom) {
      l.newPage();
      l.paragraph('Data path (continued)', { face: 'bold', size: SIZE.small, colour: COLOURS.muted });
      connectFrom = l.y - 4;
      l.y += 6;
    }
    const top = l.y + GAP;
    arrowDown(l, cx, connectFrom, top + cardHeight / 2 - 9);

    const outside = hop.standing === 'outside';
    doc.setFillColor(...standing.tint);
    doc.setDrawColor(...(hop.standing === 'outside' || hop.standing === 'unknown' ? standing.colour : COLOURS.rule));
    doc.setLineWidth(outside ? 1.6 : hop.standing === 'unknown' ? 1.2 : 0.8);
    doc.roundedRect(cardX, top, cardWidth, cardHeight, 4, 4, 'FD');
    // The step number in a circle on the flow line.
    doc.setFillColor(...(outside ? standing.colour : COLOURS.navy));
    doc.circle(cx, top + cardHeight / 2, 9, 'F');
    l.font('bold', SIZE.small, COLOURS.white);
    doc.text(String(hop.index), cx, top + cardHeight / 2 + 2.8, { align: 'center' });

    l.drawLines(left, cardX + PAD, top + PAD);
    l.drawLines(right, rightX, top + PAD);
    const badgeTop = top + PAD + heightOf(right) + 6;
    const badgeWidth = Math.min(rightWidth, Math.max(...badgeLines.map((t) => l.textWidth(t, 'bold', SIZE.tiny))) + 10);
    doc.setFillColor(...standing.colour);
    doc.roundedRect(rightX, badgeTop, badgeWidth, badgeHeight, 2.5, 2.5, 'F');
    l.drawLines(
      badgeLines.map((t) => line(t, 'bold', COLOURS.white, SIZE.tiny)),
      rightX + 5,
      badgeTop + 3,
    );
    l.resetFontState();
    connectFrom = top + cardHeight / 2 + 9;
    l.y = top + cardHeight;
  }
  l.y += 16;
}

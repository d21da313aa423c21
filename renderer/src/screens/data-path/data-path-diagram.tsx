import { makeStyles, tokens } from '@fluentui/react-components';
import type { DataPathHop, Profile } from '../../../../src/core/assessment-schema';
import { JURISDICTION_LABEL, jurisdictionLabel } from '../../../../src/core/advice';
import { judgeHop, requiredJurisdictions, type HopJudgement } from '../../../../src/core/engine/data-path';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', height: 'auto' },
  frame: {
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

const WIDTH = 1000;
const GAP_X = 56;
const GAP_Y = 56;
const PAD = 8;
const TEXT_X = 16;
const LINE = 18;
/** Lines a field may take before it is cut (its full text is in the box's tooltip and the diagram's name). */
const MAX_LINES = 3;

/** Boxes per row: as many as there are hops up to three, so a short path spreads over the whole width. */
const columnsFor = (hops: number) => Math.max(1, Math.min(3, hops));

const place = (hop: DataPathHop) =>
  [hop.region, hop.jurisdictions.map(jurisdictionLabel).join(', ')].filter((x) => x.trim() !== '').join(' · ');

/**
 * Text wrapped at spaces to a width in SVG units, by an average character width (SVG text does not wrap);
 * a field longer than `MAX_LINES` lines is cut with an ellipsis.
 */
function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * (bold ? 0.56 : 0.5))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > perLine) {
      if (line) lines.push(line);
      lines.push(w.slice(0, perLine));
      w = w.slice(perLine);
      line = '';
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= perLine) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > MAX_LINES) {
    const kept = lines.slice(0, MAX_LINES);
    kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1].slice(0, perLine - 1)}…`;
    return kept;
  }
  return lines;
}

/** The standing of a hop in words (never colour alone), or undefined when the buyer requires no jurisdiction. */
function standingText(j: HopJudgement, required: string, short = false): string | undefined {
  const s = strings.dataPath;
  const where = j.outsideOf.map((id) => JURISDICTION_LABEL[id]).join(', ');
  if (j.standing === 'outside') return short ? s.outsideShort(where) : s.outside(where, required);
  if (j.standing === 'inside') return short ? s.insideShort(required) : s.inside(required);
  if (j.standing === 'unknown') return short ? s.unknownShort : s.unknown;
  if (j.standing === 'off-by-policy') return short ? s.offShort : s.off;
  return undefined;
}

type Tone = 'text' | 'muted' | 'standing';

/** One hop's box: its fields as wrapped lines, and the height they need. */
interface HopBox {
  lines: { text: string; size: number; bold: boolean; tone: Tone; y: number }[];
  height: number;
}

function layBox(fields: { text: string; size: number; bold?: boolean; tone: Tone; gapBefore?: number }[], textWidth: number): HopBox {
  const lines: HopBox['lines'] = [];
  let y = 6;
  for (const f of fields) {
    y += f.gapBefore ?? 4;
    for (const text of wrapText(f.text, textWidth, f.size, f.bold)) {
      y += LINE;
      lines.push({ text, size: f.size, bold: f.bold ?? false, tone: f.tone, y });
    }
  }
  return { lines, height: y + 16 };
}

/** The data path as boxes joined by arrows, redrawn as the hops are edited; hops outside the required jurisdictions are marked. */
export function DataPathDiagram({ hops, profile }: { hops: readonly DataPathHop[]; profile: Profile }) {
  const styles = useStyles();
  const s = strings.dataPath;
  const requiredList = requiredJurisdictions(profile);
  const required = new Set(requiredList);
  const requiredText = requiredList.map((j) => JURISDICTION_LABEL[j]).join(', ');
  const judged = hops.map((h) => judgeHop(h, required));
  const cols = columnsFor(hops.length);
  const boxW = (WIDTH - (cols - 1) * GAP_X) / cols;
  const textWidth = boxW - TEXT_X - 12;
  const boxes = hops.map((hop, i) => {
    const standing = standingText(judged[i] ?? judgeHop(hop, required), requiredText, true);
    return layBox(
      [
        { text: `${i + 1}. ${hop.component}`, size: 13, bold: true, tone: 'text', gapBefore: 0 },
        { text: hop.operator || s.notStated, size: 12, tone: 'muted' },
        { text: place(hop) || s.notStated, size: 12, tone: 'text' },
        { text: `${s.retention}: ${hop.retention || s.notStated}`, size: 12, tone: 'muted' },
        ...(standing ? [{ text: standing, size: 12, bold: true, tone: 'standing' as const, gapBefore: 10 }] : []),
      ],
      textWidth,
    );
  });
  // Each row is as tall as its tallest box; boxes of a row share that height.
  const rowHeights: number[] = [];
  boxes.forEach((b, i) => {
    const r = Math.floor(i / cols);
    rowHeights[r] = Math.max(rowHeights[r] ?? 0, b.height);
  });
  const rowTops: number[] = [];
  rowHeights.reduce((top, h, r) => {
    rowTops[r] = top;
    return top + h + GAP_Y;
  }, PAD);
  const at = (i: number) => {
    const r = Math.floor(i / cols);
    return { x: (i % cols) * (boxW + GAP_X), y: rowTops[r] ?? PAD, h: rowHeights[r] ?? 0 };
  };
  const height = hops.length === 0 ? 134 + 2 * PAD : rowHeights.reduce((sum, h) => sum + h, 0) + (rowHeights.length - 1) * GAP_Y + 2 * PAD;
  const label =
    hops.length === 0
      ? s.diagramEmpty
      : s.diagramLabel(
          hops
            .map((h, i) => {
              const j = judged[i];
              const standing = j ? standingText(j, requiredText) : undefined;
              return `${i + 1}. ${h.component}${h.operator ? ` (${h.operator})` : ''}${place(h) ? `, ${place(h)}` : ''}${standing ? ` (${standing})` : ''}`;
            })
            .join(' → '),
        );
  const text = { fill: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase };
  const muted = { fill: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyBase };
  return (
    <div className={styles.frame}>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        <defs>
          <marker id="fp-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" style={{ fill: tokens.colorNeutralForeground3 }} />
          </marker>
        </defs>
        {hops.slice(1).map((hop, j) => {
          const a = at(j);
          const b = at(j + 1);
          const d =
            a.y === b.y
              ? `M ${a.x + boxW} ${a.y + a.h / 2} L ${b.x - 2} ${b.y + b.h / 2}`
              : `M ${a.x + boxW / 2} ${a.y + a.h} L ${a.x + boxW / 2} ${a.y + a.h + GAP_Y / 2} L ${b.x + boxW / 2} ${a.y + a.h + GAP_Y / 2} L ${b.x + boxW / 2} ${b.y - 2}`;
          return (
            <path
              key={hop.id}
              d={d}
              fill="none"
              strokeWidth={2}
              markerEnd="url(#fp-arrow)"
              style={{ stroke: tokens.colorNeutralForeground3 }}
            />
          );
        })}
        {hops.map((hop, i) => {
          const { x, y, h } = at(i);
          const judgement = judged[i] ?? judgeHop(hop, required);
          const tone =
            judgement.standing === 'outside'
              ? tokens.colorPaletteRedForeground1
              : judgement.standing === 'unknown'
                ? tokens.colorPaletteDarkOrangeForeground1
                : judgement.standing === 'off-by-policy'
                  ? tokens.colorNeutralForeground3
                  : tokens.colorPaletteGreenForeground1;
          const styleOf = (t: Tone) => (t === 'text' ? text : t === 'muted' ? muted : { fill: tone, fontFamily: tokens.fontFamilyBase });
          return (
            <g key={hop.id} transform={`translate(${x} ${y})`}>
              <title>{[hop.component, hop.operator, place(hop), hop.retention].filter(Boolean).join('\n')}</title>
              <rect
                width={boxW}
                height={h}
                rx={8}
                strokeWidth={judgement.standing === 'outside' ? 2.5 : 1.5}
                style={{ fill: tokens.colorNeutralBackground1, stroke: judgement.standing === 'outside' ? tone : tokens.colorBrandStroke1 }}
              />
              <rect width={6} height={h} rx={3} style={{ fill: judgement.standing === 'outside' ? tone : tokens.colorBrandBackground }} />
              {(boxes[i]?.lines ?? []).map((line, k) => (
                <text key={k} x={TEXT_X} y={line.y} fontSize={line.size} fontWeight={line.bold ? 600 : 400} style={styleOf(line.tone)}>
                  {line.text}
                </text>
              ))}
            </g>
          );
        })}
        {hops.length === 0 && (
          <text x={WIDTH / 2} y={height / 2} textAnchor="middle" fontSize={14} style={muted}>
            {s.empty}
          </text>
        )}
      </svg>
    </div>
  );
}

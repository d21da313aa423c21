import { makeStyles, tokens } from '@fluentui/react-components';
import type { DataPathHop, Profile } from '../../../../src/core/assessment-schema';
import { JURISDICTION_LABEL, jurisdictionLabel } from '../../../../src/core/advice';
import { judgeHop, requiredJurisdictions, type HopJudgement } from '../../../../src/core/engine/data-path';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', height: 'auto', maxHeight: '420px' },
  frame: {
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

const WIDTH = 1000;
const COLS = 4;
const BOX_W = 200;
const BOX_H = 134;
const GAP_X = (WIDTH - COLS * BOX_W) / (COLS - 1);
const GAP_Y = 56;
const PAD = 8;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const place = (hop: DataPathHop) =>
  [hop.region, hop.jurisdictions.map(jurisdictionLabel).join(', ')].filter((x) => x.trim() !== '').join(' · ');

/** A position on the diagram: left to right, wrapping into rows of four. */
function at(i: number): { x: number; y: number } {
  return { x: (i % COLS) * (BOX_W + GAP_X), y: Math.floor(i / COLS) * (BOX_H + GAP_Y) + PAD };
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

/** The data path as boxes joined by arrows, redrawn as the hops are edited; hops outside the required jurisdictions are marked. */
export function DataPathDiagram({ hops, profile }: { hops: readonly DataPathHop[]; profile: Profile }) {
  const styles = useStyles();
  const s = strings.dataPath;
  const requiredList = requiredJurisdictions(profile);
  const required = new Set(requiredList);
  const requiredText = requiredList.map((j) => JURISDICTION_LABEL[j]).join(', ');
  const judged = hops.map((h) => judgeHop(h, required));
  const rows = Math.max(1, Math.ceil(hops.length / COLS));
  const height = rows * BOX_H + (rows - 1) * GAP_Y + 2 * PAD;
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
              ? `M ${a.x + BOX_W} ${a.y + BOX_H / 2} L ${b.x - 2} ${b.y + BOX_H / 2}`
              : `M ${a.x + BOX_W / 2} ${a.y + BOX_H} L ${a.x + BOX_W / 2} ${a.y + BOX_H + GAP_Y / 2} L ${b.x + BOX_W / 2} ${a.y + BOX_H + GAP_Y / 2} L ${b.x + BOX_W / 2} ${b.y - 2}`;
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
          const { x, y } = at(i);
          const judgement = judged[i] ?? judgeHop(hop, required);
          const standing = standingText(judgement, requiredText, true);
          const tone =
            judgement.standing === 'outside'
              ? tokens.colorPaletteRedForeground1
              : judgement.standing === 'unknown'
                ? tokens.colorPaletteDarkOrangeForeground1
                : judgement.standing === 'off-by-policy'
                  ? tokens.colorNeutralForeground3
                  : tokens.colorPaletteGreenForeground1;
          return (
            <g key={hop.id} transform={`translate(${x} ${y})`}>
              <title>{[hop.component, hop.operator, place(hop), hop.retention].filter(Boolean).join('\n')}</title>
              <rect
                width={BOX_W}
                height={BOX_H}
                rx={8}
                strokeWidth={judgement.standing === 'outside' ? 2.5 : 1.5}
                style={{ fill: tokens.colorNeutralBackground1, stroke: judgement.standing === 'outside' ? tone : tokens.colorBrandStroke1 }}
              />
              <rect
                width={6}
                height={BOX_H}
                rx={3}
                style={{ fill: judgement.standing === 'outside' ? tone : tokens.colorBrandBackground }}
              />
              <text x={16} y={24} fontSize={13} fontWeight={600} style={text}>
                {i + 1}. {clip(hop.component, 22)}
              </text>
              <text x={16} y={46} fontSize={12} style={muted}>
                {clip(hop.operator || s.notStated, 28)}
              </text>
              <text x={16} y={68} fontSize={12} style={text}>
                {clip(place(hop) || s.notStated, 28)}
              </text>
              <text x={16} y={90} fontSize={12} style={muted}>
                {clip(hop.retention ? `${s.retention}: ${hop.retention}` : `${s.retention}: ${s.notStated}`, 28)}
              </text>
              {standing && (
                <text x={16} y={116} fontSize={12} fontWeight={600} style={{ fill: tone, fontFamily: tokens.fontFamilyBase }}>
                  {clip(standing, 28)}
                </text>
              )}
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

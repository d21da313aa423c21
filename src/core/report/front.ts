import { TIER_LABEL, openQuestionWords, ratingWords } from '../wording';
import { drawAreaChart } from './chart';
import { OUTCOME_LABEL, RISK_LABEL, formatDate, formatScore } from './format';
import type { Layout } from './layout';
import type { ReportModel } from './model-types';
import { nextReviewWords } from './review-section';
import { COLOURS, LINE, RISK_COLOUR, RISK_TINT, SIZE, ratingColour, ratingTint, type Rgb } from './theme';
import type { Rating, RiskLevel } from '../risk';

const OUTCOME_COLOUR: Record<ReportModel['decision']['outcome'], Rgb> = {
  pending: COLOURS.muted,
  approve: RISK_COLOUR.none,
  'approve-with-conditions': RISK_COLOUR.medium,
  reject: RISK_COLOUR.critical,
};

/** A small filled label with white capitals: risk is never shown by colour alone. */
export function badge(l: Layout, text: string, colour: Rgb, x: number, top: number, width?: number): number {
  const label = l.clean(text).toUpperCase();
  const w = width ?? l.textWidth(label, 'bold', SIZE.tiny) + 8;
  l.doc.setFillColor(...colour);
  l.doc.roundedRect(x, top, w, SIZE.tiny * LINE + 3, 2, 2, 'F');
  l.font('bold', SIZE.tiny, COLOURS.white);
  l.doc.text(label, x + w / 2, top + SIZE.tiny + 1.2, { align: 'center' });
  return w;
}

/** A tinted panel with a caption, a big word and up to three lines below it. */
function panel(
  l: Layout,
  x: number,
  top: number,
  width: number,
  height: number,
  caption: string,
  big: string,
  bigColour: Rgb,
  tint: Rgb,
  lines: string[],
) {
  const doc = l.doc;
  doc.setFillColor(...tint);
  doc.setDrawColor(...bigColour);
  doc.setLineWidth(0.8);
  doc.roundedRect(x, top, width, height, 4, 4, 'FD');
  doc.setFillColor(...bigColour);
  doc.rect(x, top + 4, 3.5, height - 8, 'F');
  l.drawLines([{ text: caption.toUpperCase(), face: 'bold', colour: COLOURS.muted, size: SIZE.tiny }], x + 12, top + 8);
  const bigLines = l.wrap(big, width - 22, 'bold', SIZE.h2 + 2).slice(0, 2);
  l.drawLines(
    bigLines.map((text) => ({ text, face: 'bold' as const, colour: bigColour, size: SIZE.h2 + 2 })),
    x + 12,
    top + 8 + SIZE.tiny * LINE + 2,
  );
  let y = top + 8 + SIZE.tiny * LINE + 4 + bigLines.length * (SIZE.h2 + 2) * LINE;
  for (const text of lines) {
    // Only what fits inside the panel.
    const room = Math.floor((top + height - 6 - y) / (SIZE.small * LINE));
    const wrapped = l.wrap(text, width - 22, 'normal', SIZE.small).slice(0, Math.min(2, Math.max(0, room)));
    l.drawLines(
      wrapped.map((t) => ({ text: t, face: 'normal' as const, colour: COLOURS.ink, size: SIZE.small })),
      x + 12,
      y,
    );
    y += wrapped.length * SIZE.small * LINE;
  }
}

/** The height a panel needs for its big word and every line (each at most two lines long). */
function panelHeight(l: Layout, width: number, big: string, lines: string[]): number {
  const bigLines = Math.min(2, l.wrap(big, width - 22, 'bold', SIZE.h2 + 2).length);
  const small = lines.reduce((n, text) => n + Math.min(2, l.wrap(text, width - 22, 'normal', SIZE.small).length), 0);
  return 8 + SIZE.tiny * LINE + 4 + bigLines * (SIZE.h2 + 2) * LINE + small * SIZE.small * LINE + 6;
}

const SIGN_OFF_WORD = { approve: 'approved', reject: 'rejected' } as const;

/** One sign-off as the cover says it: "Signed off by Procurement: Ana Lima, approved, 27 November 2026". */
export function signOffLine(s: ReportModel['decision']['signOffs'][number]): string {
  const parts = [s.name.trim(), s.outcome === '' ? '' : SIGN_OFF_WORD[s.outcome], s.date].filter((x) => x !== '');
  return parts.length > 0 ? `Signed off by ${s.role}: ${parts.join(', ')}` : `Signed off by ${s.role}`;
}

/** The two figures that always stand together: the assessed risk of what is known, and what is open. */
function ratingLines(m: ReportModel): string[] {
  const r = m.rating;
  const open = openQuestionWords(r.openQuestions, r.blockingQuestions);
  const out = [r.score === null ? open : `Score ${formatScore(r.score)} / 100 · ${open}`];
  if (r.reasons[0]) out.push(r.rating === null ? r.reasons[0] : `Set by: ${r.reasons[0]}`);
  return out;
}

const ratingPanel = (m: ReportModel) => {
  const r = m.rating.rating;
  return {
    big: ratingWords(r, m.rating.provisional),
    colour: r === null ? COLOURS.muted : ratingColour(r),
    tint: r === null ? COLOURS.panel : ratingTint(r),
  };
};

/** The cover: organisation, service and vendor, rating and decision, who and when, the label. */
export function drawCover(l: Layout, m: ReportModel): void {
  const doc = l.doc;
  const c = m.cover;
  let y = l.top + 6;
  if (c.logo) {
    try {
      const props = doc.getImageProperties(c.logo.bytes);
      const scale = Math.min(140 / props.width, 52 / props.height);
      doc.addImage(c.logo.bytes, c.logo.type === 'png' ? 'PNG' : 'JPEG', l.left, y, props.width * scale, props.height * scale);
      y += props.height * scale + 10;
    } catch (error) {
      // Its header was checked; a logo whose data is damaged is reported, never silently left out.
      throw new Error(`The logo could not be drawn (${(error as Error).message}). Choose another logo, or leave it out.`);
    }
  }
  if (c.organisation) {
    l.y = y;
    l.paragraph(c.organisation, { face: 'bold', size: 11, colour: COLOURS.navy, maxLines: 2, gapAfter: 0 });
    y = l.y;
  }
  l.y = Math.max(y + 40, l.top + 120);
  l.paragraph('AI SERVICE RISK ASSESSMENT', { face: 'bold', size: SIZE.small, colour: COLOURS.muted, gapAfter: 6 });
  l.paragraph(c.service, { face: 'bold', size: SIZE.title, colour: COLOURS.navy, maxLines: 3, gapAfter: 4 });
  l.paragraph(`Vendor: ${c.vendor}`, { size: 13, colour: COLOURS.ink, maxLines: 2, gapAfter: 18 });

  const gap = 14;
  const w = (l.contentWidth - gap) / 2;
  const top = l.y;
  const rp = ratingPanel(m);
  const d = m.decision;
  const decisionLines = [
    d.conditions.length > 0
      ? `${d.conditions.length} condition${d.conditions.length === 1 ? '' : 's'} in the action plan`
      : 'No conditions recorded',
    ...(d.signOffs.length > 0 ? d.signOffs.map(signOffLine) : ['No sign-offs recorded']),
  ];
  // Both panels as tall as the taller one needs, so every sign-off shows, and never shorter than before.
  const height = Math.max(92, panelHeight(l, w, rp.big, ratingLines(m)), panelHeight(l, w, OUTCOME_LABEL[d.outcome], decisionLines));
  panel(l, l.left, top, w, height, 'Overall rating', rp.big, rp.colour, rp.tint, ratingLines(m));
  panel(l, l.left + w + gap, top, w, height, 'Decision', OUTCOME_LABEL[d.outcome], OUTCOME_COLOUR[d.outcome], COLOURS.panel, decisionLines);
  l.y = top + height + 26;

  const integrity =
    m.appendix.integrity.status === 'mismatch'
      ? 'Changed outside FinePrint after it was saved: treat the answers with care'
      : m.appendix.integrity.status === 'matches'
        ? 'Checked: unchanged since FinePrint saved it'
        : 'Made from the library copy; its fingerprint is in the appendix';
  const details: [string, string][] = [
    ['Vendor', c.vendor],
    ['Service', c.service],
    ['Organisation', c.organisation || 'Not stated'],
    ['Assessed by', c.assessor],
    ['Report date', formatDate(m.generatedAt)],
    ['Assessment last updated', c.assessmentUpdated],
    ['Next review', nextReviewWords(m.review)],
    ['Checklist', `${c.templateTitle} ${c.templateVersion}`],
    ['Findings', `${m.summary.findingCount} (${m.summary.knockouts.length} knock-out${m.summary.knockouts.length === 1 ? '' : 's'} hit)`],
    ['Assessment file', integrity],
  ];
  for (const [key, value] of details) {
    const lines = l.wrap(value, l.contentWidth - 150, 'normal', SIZE.body).slice(0, 2);
    const rowTop = l.y;
    l.drawLines([{ text: key, face: 'bold', colour: COLOURS.muted, size: SIZE.small }], l.left, rowTop + 1);
    l.drawLines(
      lines.map((text) => ({ text, face: 'normal' as const, colour: COLOURS.ink, size: SIZE.body })),
      l.left + 150,
      rowTop,
    );
    l.y = rowTop + Math.max(1, lines.length) * SIZE.body * LINE + 5;
    doc.setDrawColor(...COLOURS.rule);
    doc.setLineWidth(0.4);
    doc.line(l.left, l.y - 2.5, l.right, l.y - 2.5);
  }

  // The confidentiality label, boxed at the foot of the cover.
  const labelLines = l.wrap(m.confidentiality, l.contentWidth - 24, 'bold', 11).slice(0, 3);
  const note = m.includesInternalNotes ? 'This report includes internal notes. Do not share it outside the organisation.' : '';
  const boxHeight = labelLines.length * 11 * LINE + (note ? SIZE.small * LINE + 4 : 0) + 16;
  const boxTop = l.bottom - boxHeight;
  doc.setDrawColor(...COLOURS.navy);
  doc.setLineWidth(1);
  doc.rect(l.left, boxTop, l.contentWidth, boxHeight, 'S');
  l.drawLines(
    labelLines.map((text) => ({ text, face: 'bold' as const, colour: COLOURS.navy, size: 11 })),
    l.left + 12,
    boxTop + 8,
  );
  if (note)
    l.drawLines(
      [{ text: note, face: 'normal', colour: RISK_COLOUR.critical, size: SIZE.small }],
      l.left + 12,
      boxTop + 8 + labelLines.length * 11 * LINE + 4,
    );
  l.bookmark('Cover', 1);
}

/** Knock-outs listed on the summary page; the rest are counted, so the top findings keep their room. */
const KNOCKOUTS_SHOWN = 4;

function subheading(l: Layout, text: string): void {
  l.y += 6;
  l.paragraph(text, { face: 'bold', size: SIZE.h3, colour: COLOURS.navy, gapAfter: 4 });
}

/** An item with a badge in the left gutter and wrapped text beside it; false when it would not fit. */
function badgedItem(l: Layout, badgeText: string, colour: Rgb, meta: string, text: string, reserve: number): boolean {
  const indent = 72;
  const metaLines = l.wrap(meta, l.contentWidth - indent, 'normal', SIZE.tiny).slice(0, 1);
  const textLines = l.wrap(text, l.contentWidth - indent, 'normal', SIZE.small).slice(0, 3);
  const height = metaLines.length * SIZE.tiny * LINE + textLines.length * SIZE.small * LINE + 6;
  if (l.y + height > l.bottom - reserve) return false;
  badge(l, badgeText, colour, l.left, l.y + 1, indent - 10);
  l.drawLines(
    [
      ...metaLines.map((t) => ({ text: t, face: 'normal' as const, colour: COLOURS.muted, size: SIZE.tiny })),
      ...textLines.map((t) => ({ text: t, face: 'normal' as const, colour: COLOURS.ink, size: SIZE.small })),
    ],
    l.left + indent,
    l.y,
  );
  l.y += height;
  return true;
}

function more(l: Layout, count: number, where: string): void {
  if (count > 0) l.paragraph(`… and ${count} more in ${where}.`, { size: SIZE.small, colour: COLOURS.muted, gapAfter: 2 });
}

/** The one-page executive summary: rating, decision, coverage, area chart, knock-outs, top findings. */
export function drawSummary(l: Layout, m: ReportModel): void {
  l.heading('Executive summary', 1);
  const gap = 10;
  const w = (l.contentWidth - 2 * gap) / 3;
  const top = l.y;
  const height = 74;
  const rp = ratingPanel(m);
  const cov = m.summary.coverage;
  const r = m.rating;
  panel(l, l.left, top, w, height, 'Overall rating', rp.big, rp.colour, rp.tint, [
    r.score === null ? 'No score yet' : `Score ${formatScore(r.score)} / 100`,
    `Inherent risk: ${TIER_LABEL[r.tier].toLowerCase()}`,
  ]);
  panel(
    l,
    l.left + w + gap,
    top,
    w,
    height,
    'Decision',
    OUTCOME_LABEL[m.decision.outcome],
    OUTCOME_COLOUR[m.decision.outcome],
    COLOURS.panel,
    [m.decision.conditions.length > 0 ? `${m.decision.conditions.length} condition(s)` : 'No conditions'],
  );
  panel(
    l,
    l.left + 2 * (w + gap),
    top,
    w,
    height,
    'Open questions',
    `${r.openQuestions} open`,
    r.blockingQuestions > 0 ? RISK_COLOUR.high : COLOURS.navy,
    COLOURS.panel,
    [
      r.blockingQuestions > 0 ? `${r.blockingQuestions} blocking: answer before approval` : 'None blocking',
      `${cov.percent}% of ${cov.visible} checks answered`,
    ],
  );
  l.y = top + height + 10;
  if (m.decision.rationale.trim()) l.paragraph(m.decision.rationale, { size: SIZE.small, colour: COLOURS.ink, maxLines: 4, gapAfter: 2 });
  l.paragraph(`Next review: ${nextReviewWords(m.review)}.`, { size: SIZE.small, colour: COLOURS.muted, maxLines: 1, gapAfter: 2 });

  subheading(l, r.rating === null ? 'Not rated yet' : `Why ${ratingWords(r.rating, r.provisional).toLowerCase()}`);
  for (const reason of r.reasons) l.paragraph(`• ${reason}`, { size: SIZE.small, maxLines: 2, gapAfter: 1 });
  if (r.provisional && r.rating !== null)
    l.paragraph(
      `Provisional: ${r.blockingQuestions > 0 ? `${r.blockingQuestions} blocking question${r.blockingQuestions === 1 ? '' : 's'} open` : `only ${cov.percent}% of the checks are answered`}. The rating covers what is known; the open questions are listed after the findings.`,
      { size: SIZE.small, colour: COLOURS.muted, maxLines: 2, gapAfter: 1 },
    );
  l.paragraph(
    `Inherent risk of the intended use: ${TIER_LABEL[r.tier].toLowerCase()}${r.tierSources.length > 0 ? ` (${r.tierSources.join(', ')})` : ''}.`,
    { size: SIZE.small, colour: COLOURS.muted, maxLines: 2, gapAfter: 2 },
  );

  subheading(l, 'Risk by area');
  drawAreaChart(l, m.summary.areas, m.appendix.scoring.thresholds);

  // What remains of the page is shared between the knock-outs and the top findings; both are cut to fit.
  subheading(l, `Knock-outs hit (${m.summary.knockouts.length})`);
  if (m.summary.knockouts.length === 0) l.paragraph('None: no single answer forces the rating up.', { size: SIZE.small, gapAfter: 2 });
  const reserveForFindings = 4 * (SIZE.small * LINE * 2 + SIZE.tiny * LINE + 6) + 30;
  let shown = 0;
  for (const k of m.summary.knockouts.slice(0, KNOCKOUTS_SHOWN)) {
    if (
      !badgedItem(
        l,
        `Min. ${RISK_LABEL[k.minRating]}`,
        RISK_COLOUR[k.minRating],
        `${k.title} · fired by ${k.checkLabels.join(', ')}`,
        k.why,
        reserveForFindings,
      )
    )
      break;
    shown++;
  }
  more(l, m.summary.knockouts.length - shown, 'the findings');

  subheading(l, `Top findings (${Math.min(m.summary.topFindings.length, m.summary.findingCount)} of ${m.summary.findingCount})`);
  if (m.summary.topFindings.length === 0)
    l.paragraph('No findings: no answer is at medium risk or above.', { size: SIZE.small, gapAfter: 2 });
  shown = 0;
  for (const f of m.summary.topFindings) {
    const level: RiskLevel = f.severity;
    if (
      !badgedItem(
        l,
        RISK_LABEL[level],
        RISK_COLOUR[level],
        `${f.areaTitle}${f.label ? ` · ${f.label}` : ''}${f.knockout ? ' · knock-out' : ''}`,
        `${f.title} ${f.sentence}`,
        14,
      )
    )
      break;
    shown++;
  }
  more(l, m.summary.findingCount - shown, 'Findings and recommendations');
}

/** Tint and colour of a rating or level, for callers drawing their own badges. */
export const levelColours = (level: RiskLevel | Rating): { colour: Rgb; tint: Rgb } => ({
  colour: RISK_COLOUR[level],
  tint: RISK_TINT[level],
});

import { drawDataPath } from './diagram';
import { OUTCOME_LABEL, RISK_LABEL } from './format';
import type { Layout } from './layout';
import type { FindingRow, ReportModel } from './model-types';
import type { RiskLevel } from '../risk';
import { drawTable, type TableCell, type TableRow } from './table';
import { COLOURS, RISK_COLOUR, RISK_TINT, SIZE } from './theme';

const SIGN_OFF_OUTCOME = { approve: 'Approved', reject: 'Rejected' } as const;

/** A risk cell: the level's name in its colour on its tint, plus a knock-out mark. */
export function riskCell(level: RiskLevel, knockout = false): TableCell {
  return {
    parts: [
      { text: RISK_LABEL[level], face: 'bold', colour: RISK_COLOUR[level] },
      ...(knockout ? [{ text: 'Knock-out', face: 'bold' as const, colour: RISK_COLOUR[level], size: SIZE.tiny }] : []),
    ],
    fill: RISK_TINT[level],
  };
}

/** The data-path section: who touches the data where, against the buyer's required jurisdictions. */
export function drawDataPathSection(l: Layout, m: ReportModel): void {
  // A short section: it follows on from the summary when its introduction and first hops fit there.
  l.heading('Data path', 1, { share: 260 });
  const { hops, requiredLabels } = m.dataPath;
  const outside = hops.filter((h) => h.standing === 'outside').length;
  const unknown = hops.filter((h) => h.standing === 'unknown').length;
  const off = hops.filter((h) => h.standing === 'off-by-policy').length;
  const requirement =
    requiredLabels.length > 0
      ? `Required jurisdictions (from the profile): ${requiredLabels.join(', ')}.`
      : 'The profile names no required jurisdiction, so no hop is marked outside.';
  l.paragraph(
    `${requirement} ${hops.length} hop${hops.length === 1 ? '' : 's'} recorded${requiredLabels.length > 0 ? `: ${outside} outside the required jurisdictions, ${unknown} with the jurisdiction unknown` : ''}${off > 0 ? `, ${off} switched off by policy` : ''}. A hop is outside when any jurisdiction recorded for it is not required; each such hop is a finding, scored like a high-risk check. A hop with no jurisdiction recorded is an open question.`,
    { size: SIZE.small, colour: COLOURS.muted },
  );
  if (hops.length === 0) {
    l.paragraph('No data path is recorded in this assessment.', { size: SIZE.body });
    return;
  }
  drawDataPath(l, m);
  for (const c of m.dataPath.contradictions)
    l.paragraph(
      `Contradiction to resolve: “${c.question}” is answered “${c.answer}”, but ${c.hop} is outside the required jurisdictions.`,
      {
        size: SIZE.small,
        colour: RISK_COLOUR.high,
      },
    );
}

function findingRow(f: FindingRow): TableRow {
  const answer: TableCell = {
    parts: [
      { text: f.answer },
      ...(f.figure !== undefined ? [{ text: f.figure, colour: COLOURS.muted }] : []),
      ...(f.figureHint !== undefined ? [{ text: f.figureHint, colour: RISK_COLOUR.high }] : []),
    ],
  };
  return {
    cells: [
      {
        parts: [...(f.label ? [{ text: f.label, face: 'bold' as const, colour: COLOURS.muted, size: SIZE.tiny }] : []), { text: f.prompt }],
      },
      answer,
      riskCell(f.severity, f.knockout),
      f.mitigation,
      f.clause,
      f.evidence,
    ],
  };
}

const FINDING_COLUMNS = [
  { header: 'Check', width: 23 },
  { header: 'Answer', width: 14 },
  { header: 'Severity', width: 9 },
  { header: 'Recommendation', width: 19 },
  { header: 'Contract clause to request', width: 20 },
  { header: 'Evidence to request', width: 15 },
];

/** Findings grouped by area, riskiest first, each with what to do, the clause to ask for, and the evidence. */
export function drawFindings(l: Layout, m: ReportModel): void {
  l.heading('Findings and recommendations', 1);
  const by = m.summary.findingsByLevel;
  const counts = (['critical', 'high', 'medium', 'low'] as const).map((x) => `${by[x]} ${x}`).join(', ');
  l.paragraph(
    m.summary.findingCount > 0
      ? `${m.summary.findingCount} findings by severity (${counts}): what is known to be risky, grouped by area and sorted by severity. Questions the vendor has not answered are listed after them. Figures are shown with their units.`
      : 'No findings: no answer in this assessment is at medium risk or above.',
    { size: SIZE.small, colour: COLOURS.muted },
  );
  for (const group of m.findings) {
    drawTable(l, FINDING_COLUMNS, group.rows.map(findingRow), { heading: { text: `${group.areaTitle} (${group.rows.length})`, level: 2 } });
  }
  drawOpenQuestions(l, m);
}

/** The questions still open, blocking ones first: what to ask the vendor, why, and what to request. */
function drawOpenQuestions(l: Layout, m: ReportModel): void {
  const qs = m.openQuestions;
  const blocking = qs.filter((q) => q.blocking).length;
  if (qs.length === 0) {
    l.heading(`Open questions (${qs.length})`, 2);
    l.paragraph('None: every check that applies has an answer.', { size: SIZE.small });
    return;
  }
  const intro = `Not scored: put these to the vendor. ${blocking > 0 ? `${blocking} ${blocking === 1 ? 'is' : 'are'} blocking (a knock-out check): the service cannot be approved until ${blocking === 1 ? 'it is' : 'they are'} answered.` : 'None is blocking.'}`;
  drawTable(
    l,
    [
      { header: 'Question to put to the vendor', width: 40 },
      { header: 'Status', width: 12 },
      { header: 'Why it matters', width: 26 },
      { header: 'Evidence to request', width: 22 },
    ],
    qs.map((q) => ({
      cells: [
        {
          parts: [
            ...(q.label ? [{ text: q.label, face: 'bold' as const, colour: COLOURS.muted, size: SIZE.tiny }] : []),
            { text: q.question },
          ],
        },
        {
          parts: [
            { text: q.state === 'unknown' ? 'Unknown' : q.state === 'hop' ? 'Jurisdiction unknown' : 'Not answered' },
            ...(q.blocking ? [{ text: 'Blocking', face: 'bold' as const, colour: RISK_COLOUR.high }] : []),
          ],
        },
        q.why,
        q.evidence,
      ],
    })),
    { size: SIZE.small, heading: { text: `Open questions (${qs.length})`, level: 2, intro } },
  );
}

/** The decision with its conditions (owner, due date), the sign-offs by role and the history that led there. */
export function drawActionPlan(l: Layout, m: ReportModel): void {
  // A short section: it follows on from the findings when the decision and its rationale fit there.
  l.heading('Action plan', 1, { share: 200 });
  const d = m.decision;
  l.paragraph(`Decision: ${OUTCOME_LABEL[d.outcome]}`, { face: 'bold', size: SIZE.h3, colour: COLOURS.ink, gapAfter: 4 });
  l.paragraph(d.rationale.trim() || 'No rationale recorded.', { size: SIZE.body });
  l.heading('Conditions', 2);
  if (d.conditions.length === 0)
    l.paragraph(d.outcome === 'approve-with-conditions' ? 'No conditions recorded yet.' : 'The decision carries no conditions.', {
      size: SIZE.body,
    });
  else
    drawTable(
      l,
      [
        { header: '#', width: 4, align: 'right' },
        { header: 'Condition', width: 56 },
        { header: 'Owner', width: 24 },
        { header: 'Due', width: 16 },
      ],
      d.conditions.map((c, i) => ({ cells: [String(i + 1), c.text, c.owner || 'Not assigned', c.due || 'No date'] })),
      { size: SIZE.small },
    );
  l.heading('Conditions to keep', 2);
  if (m.keep.length === 0) l.paragraph('None: no low rating here depends on a setting the buyer must keep.', { size: SIZE.body });
  else
    drawTable(
      l,
      [
        { header: 'What', width: 40 },
        { header: 'Keep it that way', width: 60 },
      ],
      m.keep.map((k) => ({ cells: [k.what, k.condition] })),
      { size: SIZE.small },
    );
  l.heading('Sign-offs', 2);
  if (d.signOffs.length === 0) l.paragraph('No sign-offs recorded yet.', { size: SIZE.body });
  else
    drawTable(
      l,
      [
        { header: 'Role', width: 18 },
        { header: 'Name', width: 20 },
        { header: 'Date', width: 16 },
        { header: 'Outcome', width: 12 },
        { header: 'Comment', width: 34 },
      ],
      d.signOffs.map((s) => ({
        cells: [
          s.role,
          s.name || 'Not named',
          s.date || 'Not dated',
          s.outcome === ''
            ? 'Not given'
            : {
                parts: [
                  { text: SIGN_OFF_OUTCOME[s.outcome], face: 'bold', colour: s.outcome === 'reject' ? RISK_COLOUR.high : RISK_COLOUR.none },
                ],
              },
          s.comment,
        ],
      })),
      { size: SIZE.small },
    );
  l.heading('History', 2);
  const h = d.history;
  if (h.rows.length === 0) l.paragraph('No history recorded.', { size: SIZE.body });
  else {
    if (h.earlier > 0)
      l.paragraph(
        `The ${h.rows.length} most recent entries; ${h.earlier} earlier ${h.earlier === 1 ? 'entry is' : 'entries are'} in the assessment file.`,
        {
          size: SIZE.small,
          colour: COLOURS.muted,
        },
      );
    drawTable(
      l,
      [
        { header: 'Date', width: 18 },
        { header: 'By', width: 22 },
        { header: 'What happened', width: 60 },
      ],
      h.rows.map((r) => ({ cells: [r.date, r.by || 'Not recorded', r.text] })),
      { size: SIZE.small },
    );
  }
}

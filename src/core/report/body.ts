import { drawDataPath } from './diagram';
import { OUTCOME_LABEL, RISK_LABEL } from './format';
import { JURISDICTION_LABEL } from './jurisdiction';
import type { Layout } from './layout';
import type { FindingRow, ReportModel } from './model-types';
import type { RiskLevel } from '../risk';
import { drawTable, type TableCell, type TableRow } from './table';
import { COLOURS, RISK_COLOUR, RISK_TINT, SIZE } from './theme';

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
  l.heading('Data path', 1);
  const { hops, requiredLabels } = m.dataPath;
  const outside = hops.filter((h) => h.standing === 'outside').length;
  const unclear = hops.filter((h) => h.standing === 'unclear').length;
  const requirement =
    requiredLabels.length > 0
      ? `Required jurisdictions (from the profile): ${requiredLabels.join(', ')}.`
      : 'The profile names no required jurisdiction, so no hop is marked outside.';
  l.paragraph(
    `${requirement} ${hops.length} hop${hops.length === 1 ? '' : 's'} recorded${requiredLabels.length > 0 ? `: ${outside} outside the required jurisdictions, ${unclear} unclear` : ''}. A hop counts as outside when its jurisdiction names any place the buyer did not require, a parent company's home country included; when the jurisdiction is blank or not committed, the region decides if it names the EU, the UK, the US or Switzerland, and the hop is otherwise unclear.`,
    { size: SIZE.small, colour: COLOURS.muted },
  );
  if (hops.length === 0) {
    l.paragraph('No data path is recorded in this assessment.', { size: SIZE.body });
    return;
  }
  drawDataPath(l, m);
  l.paragraph(
    `Jurisdictions recognised per hop: ${hops.map((h) => `${h.index}: ${h.found.length > 0 ? h.found.map((j) => JURISDICTION_LABEL[j]).join(', ') : 'none'}`).join('; ')}.`,
    { size: SIZE.tiny, colour: COLOURS.faint },
  );
}

function findingRow(f: FindingRow): TableRow {
  const answer: TableCell = {
    parts: [{ text: f.answer }, ...(f.figure !== undefined ? [{ text: f.figure, colour: COLOURS.muted }] : [])],
  };
  return {
    cells: [
      { parts: [{ text: f.checkId, face: 'bold', colour: COLOURS.muted, size: SIZE.tiny }, { text: f.prompt }] },
      answer,
      riskCell(f.level, f.knockout),
      f.mitigation,
      f.clause,
      f.evidence,
    ],
  };
}

const FINDING_COLUMNS = [
  { header: 'Check', width: 23 },
  { header: 'Answer', width: 14 },
  { header: 'Risk', width: 9 },
  { header: 'Recommendation', width: 19 },
  { header: 'Contract clause to request', width: 20 },
  { header: 'Evidence to request', width: 15 },
];

/** Findings grouped by area, riskiest first, each with what to do, the clause to ask for, and the evidence. */
export function drawFindings(l: Layout, m: ReportModel): void {
  l.heading('Findings and recommendations', 1);
  const by = m.summary.findingsByLevel;
  const counts = (['critical', 'high', 'medium'] as const).map((x) => `${by[x]} ${x}`).join(', ');
  l.paragraph(
    m.summary.findingCount > 0
      ? `${m.summary.findingCount} findings (${counts}), grouped by area and sorted by risk. "Unknown" answers are findings: until the vendor answers, plan for the worst option. Figures are shown with their units.`
      : 'No findings: no answer in this assessment is at medium risk or above.',
    { size: SIZE.small, colour: COLOURS.muted },
  );
  for (const group of m.findings) {
    drawTable(l, FINDING_COLUMNS, group.rows.map(findingRow), { heading: { text: `${group.areaTitle} (${group.rows.length})`, level: 2 } });
  }
}

/** The decision with its conditions (owner, due date), the sign-offs by role and the history that led there. */
export function drawActionPlan(l: Layout, m: ReportModel): void {
  l.heading('Action plan', 1);
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
  l.heading('Sign-offs', 2);
  if (d.signOffs.length === 0) l.paragraph('No sign-offs recorded yet.', { size: SIZE.body });
  else
    drawTable(
      l,
      [
        { header: 'Role', width: 30 },
        { header: 'Name', width: 40 },
        { header: 'Date', width: 30 },
      ],
      d.signOffs.map((s) => ({ cells: [s.role, s.name || 'Not named', s.date || 'Not dated'] })),
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

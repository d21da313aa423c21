import { TIER_LABEL } from '../wording';
import { appendixBoundsNotice, boundAppendixChecks } from './appendix-bounds';
import { RISK_LABEL, formatNumber, formatScore } from './format';
import type { Layout } from './layout';
import { provenanceCountsText } from './provenance-text';
import type { CheckEntry, ReportModel } from './model-types';
import { drawTable, type CellPart, type TableRow } from './table';
import { COLOURS, RISK_COLOUR, SIZE } from './theme';

function checkRow(e: CheckEntry): TableRow {
  const answer: CellPart[] = [{ text: e.answer }];
  if (e.level !== undefined) answer.push({ text: `Risk: ${RISK_LABEL[e.level]}`, face: 'bold', colour: RISK_COLOUR[e.level] });
  if (e.figure !== undefined) answer.push({ text: e.figure, colour: COLOURS.muted });
  if (e.figureHint !== undefined) answer.push({ text: e.figureHint, colour: RISK_COLOUR.high });
  if (e.source !== undefined) answer.push({ text: e.source, colour: COLOURS.muted, size: SIZE.tiny });
  const notes: CellPart[] =
    e.notes.length === 0
      ? []
      : e.notes.flatMap((n) => [
          {
            text: `${n.internal ? 'INTERNAL · ' : ''}${n.date}`,
            face: 'bold' as const,
            colour: n.internal ? RISK_COLOUR.critical : COLOURS.muted,
            size: SIZE.tiny,
          },
          { text: n.text },
        ]);
  return {
    cells: [
      { parts: [{ text: e.checkId, face: 'bold', colour: COLOURS.muted, size: SIZE.tiny }, { text: e.prompt }] },
      { parts: answer },
      { parts: notes },
      { parts: e.evidence.map((text) => ({ text })) },
      e.references,
    ],
  };
}

const SCORING_METHOD = [
  'The rating measures the risk of what is known. Each known answer carries a risk level worth points (none 0, low 15, medium 35, high 65, critical 100); a multi-choice check takes its riskiest chosen option. "Unknown" and unanswered checks are not scored: they are open questions, counted beside the rating, and the rating is provisional while fewer than 80% of the checks are answered or a blocking question is open. A knock-out check that is still unknown is a blocking question: it must be answered before the service can be approved. "Not applicable" needs a reason and is left out of the score.',
  'The triage sets the inherent-risk tier (low, moderate, high or very high) from the most sensitive choice made. Points of medium and riskier answers are multiplied by the tier (×1, ×1.1, ×1.2, ×1.3); low and none answers never are. An area scores the weighted mean of its known answers, and the overall score is the weighted mean of the areas. A data-path hop outside the required jurisdictions is scored as one high-risk item of weight 2 in the data-path area; a hop switched off by policy is not scored.',
  'The rating is the highest of three: the band of the overall score; the severity of the worst finding, read from a risk matrix of its level and the tier (a finding on a check weighted below 2 counts one step lower, and sets the rating only with a second finding as severe); and the minimum rating of any knock-out that fired on a real answer.',
];

/** The appendix: profile, every visible check, the scoring method and trace, and the file's integrity digest. */
export function drawAppendix(l: Layout, m: ReportModel): void {
  const a = m.appendix;
  // The appendix follows on from a short end of the action plan (a few history rows) rather than leave it alone.
  l.heading('Appendix', 1, { share: 240 });
  l.paragraph(
    `Everything behind the summary: the profile, every check that applies with its answer, ${m.includesInternalNotes ? 'shared and internal' : 'shared'} notes, evidence and references, how the score is computed and what each answer contributed, and the integrity digest of the assessment file.`,
    { size: SIZE.small, colour: COLOURS.muted },
  );

  drawTable(
    l,
    [
      { header: 'Question', width: 40 },
      { header: 'Answer', width: 60 },
    ],
    a.profile.map((p) => ({ cells: [p.question, p.answer] })),
    { size: SIZE.small, heading: { text: 'A. Profile', level: 2 } },
  );

  // Keep the part's heading and introduction with its first area's heading and rows.
  l.heading('B. Checks and answers', 2, { keep: 150 });
  if (a.definitions.length > 0)
    l.paragraph(`Definitions used in the contract clauses. ${a.definitions.map((d) => `“${d.term}”: ${d.meaning}`).join(' ')}`, {
      size: SIZE.small,
    });
  l.paragraph(
    m.includesInternalNotes
      ? "Notes marked INTERNAL were included at the user's request and are not meant for the vendor."
      : 'Shared notes only; internal notes are left out of this report.',
    { size: SIZE.small, colour: COLOURS.muted },
  );
  l.paragraph(provenanceCountsText(a.provenance), { size: SIZE.small });
  const bounded = boundAppendixChecks(a.checks);
  const notice = appendixBoundsNotice(bounded);
  if (notice) l.paragraph(notice, { size: SIZE.small, face: 'bold' });
  for (const group of bounded.groups) {
    drawTable(
      l,
      [
        { header: 'Check', width: 27 },
        { header: 'Answer', width: 19 },
        { header: 'Notes', width: 26 },
        { header: 'Evidence', width: 16 },
        { header: 'References', width: 12 },
      ],
      group.entries.map(checkRow),
      { heading: { text: `${group.areaTitle} (${group.entries.length})`, level: 3 } },
    );
  }

  l.heading('C. Scoring method', 2);
  for (const text of SCORING_METHOD) l.paragraph(text, { size: SIZE.small });
  const t = a.scoring.thresholds;
  const r = m.rating;
  l.paragraph(
    `This template's score bands: low below ${formatNumber(t.medium)}, medium from ${formatNumber(t.medium)}, high from ${formatNumber(t.high)}, critical from ${formatNumber(t.critical)}. This assessment's inherent-risk tier is ${TIER_LABEL[r.tier].toLowerCase()}${r.tierSources.length > 0 ? `, set by ${r.tierSources.join(', ')}` : ' (nothing sensitive chosen in the triage)'}.`,
    { size: SIZE.small },
  );

  l.heading('D. Score trace', 2, { keep: 150 });
  l.paragraph(
    'Each scored item (a known answer, or a hop outside the required jurisdictions): its level and points, the points after the tier factor, its weight, its share of the area score and its contribution to the overall score. The contributions add up to the overall score.',
    { size: SIZE.small, colour: COLOURS.muted },
  );
  const traceColumns = [
    { header: 'Check', width: 24 },
    { header: 'Level', width: 14 },
    { header: 'Points', width: 10, align: 'right' as const },
    { header: '× tier', width: 11, align: 'right' as const },
    { header: 'Weight', width: 10, align: 'right' as const },
    { header: 'Share of area', width: 14, align: 'right' as const },
    { header: 'Contribution', width: 17, align: 'right' as const },
  ];
  const areas = [...new Set(a.trace.map((r) => r.areaTitle))];
  for (const area of areas) {
    const entries = a.trace.filter((r) => r.areaTitle === area);
    const rows: TableRow[] = entries.map((r) => ({
      cells: [
        r.label,
        { parts: [{ text: RISK_LABEL[r.level], face: 'bold', colour: RISK_COLOUR[r.level] }] },
        String(r.points),
        formatNumber(r.scaled, 1),
        formatNumber(r.weight),
        `${formatNumber(r.areaShare * 100, 1)} %`,
        formatNumber(r.contribution, 3),
      ],
    }));
    const subtotal = entries.reduce((sum, r) => sum + r.contribution, 0);
    rows.push({
      cells: [`Area total (${entries.length} answer${entries.length === 1 ? '' : 's'})`, '', '', '', '', '', formatNumber(subtotal, 3)],
      fill: COLOURS.navySoft,
      keepWithPrevious: true,
    });
    drawTable(l, traceColumns, rows, { heading: { text: area, level: 3 } });
  }
  l.paragraph(
    `Overall score: the contributions add up to ${formatNumber(a.overallRaw, 3)}, shown rounded as ${formatScore(a.overallRaw)}.`,
    {
      face: 'bold',
      size: SIZE.small,
    },
  );

  l.heading('E. File integrity', 2);
  const status =
    a.integrity.status === 'matches'
      ? 'Checked: the assessment file is exactly as FinePrint last saved it. Nothing was changed outside FinePrint.'
      : a.integrity.status === 'mismatch'
        ? 'WARNING: the assessment file was changed outside FinePrint after it was last saved. Treat its answers with care.'
        : 'This report was made from the library copy, so there was no saved file to check against. The fingerprint below lets anyone confirm later that a copy of this assessment holds the same answers.';
  l.paragraph(status, { size: SIZE.small, colour: a.integrity.status === 'mismatch' ? RISK_COLOUR.critical : COLOURS.ink });
  l.paragraph(`Fingerprint (SHA-256) of the assessment's content: ${a.integrity.digest}`, { size: SIZE.small, face: 'bold' });

  if (a.frameworks.length > 0)
    drawTable(
      l,
      [
        { header: 'Reference', width: 18 },
        { header: 'Framework', width: 82 },
      ],
      a.frameworks.map((f) => ({ cells: [f.code, f.name] })),
      {
        size: SIZE.small,
        heading: {
          text: 'F. References key',
          level: 2,
          intro: 'The short names used in the References column of the checks, with each framework in full.',
        },
      },
    );
}

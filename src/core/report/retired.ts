import { evidenceLine } from '../retired-answers';
import { formatDate } from './format';
import type { Layout } from './layout';
import type { ReportModel } from './model-types';
import { drawTable, type CellPart, type TableRow } from './table';
import { COLOURS, RISK_COLOUR, SIZE } from './theme';

/**
 * The appendix part for answers a checklist upgrade could not carry over: the question as it was asked,
 * the answer and value kept, why it was set aside, and its notes and evidence. Drawn only when there are any.
 */
export function drawRetiredAnswers(l: Layout, m: ReportModel): void {
  const retired = m.appendix.retired;
  if (retired.length === 0) return;
  // The part follows the references key (F) when there is one, the file integrity part (E) otherwise.
  const letter = m.appendix.frameworks.length > 0 ? 'G' : 'F';
  const rows: TableRow[] = retired.map((r) => {
    const answer: CellPart[] = [];
    if (r.answer) answer.push({ text: r.answer });
    if (r.value !== undefined) answer.push({ text: `Recorded: ${r.value}`, colour: COLOURS.muted });
    const notes: CellPart[] = r.notes.flatMap((n) => [
      {
        text: `${n.visibility === 'internal' ? 'INTERNAL · ' : ''}${formatDate(n.createdAt)}`,
        face: 'bold' as const,
        colour: n.visibility === 'internal' ? RISK_COLOUR.critical : COLOURS.muted,
        size: SIZE.tiny,
      },
      { text: n.text },
    ]);
    return {
      cells: [
        {
          parts: [
            { text: `${r.checkId} · version ${r.templateVersion}`, face: 'bold', colour: COLOURS.muted, size: SIZE.tiny },
            { text: r.prompt },
          ],
        },
        { parts: answer },
        { parts: [{ text: r.why }, { text: `Set aside ${formatDate(r.retiredAt)}`, colour: COLOURS.muted, size: SIZE.tiny }] },
        { parts: notes },
        { parts: r.evidence.map((e) => ({ text: evidenceLine(e) })) },
      ],
    };
  });
  drawTable(
    l,
    [
      { header: 'Question, as asked then', width: 27 },
      { header: 'Answer kept', width: 17 },
      { header: 'Why it was set aside', width: 24 },
      { header: 'Notes', width: 18 },
      { header: 'Evidence', width: 14 },
    ],
    rows,
    {
      heading: {
        text: `${letter}. Answers kept from the earlier checklist`,
        level: 2,
        intro:
          'A checklist upgrade could not carry these answers over: their question is gone, or the option or figure chosen no longer fits it. They are kept unchanged, read-only, and are not scored.',
      },
    },
  );
}

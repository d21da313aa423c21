import type { Assessment } from '../assessment-schema';
import { diffRounds } from '../round-diff';
import { diffSections, type DiffSection } from '../round-diff-words';
import { roundOf } from '../rounds';
import { formatDate } from './format';
import type { Layout } from './layout';
import { COLOURS, SIZE } from './theme';

/** What the report's "Changes since the last round" section shows: the two rounds and the changes, worded. */
export interface ChangesSinceLastRound {
  round: number;
  previous: number;
  /** When the previous round was closed, as printed. */
  previousClosed: string;
  sections: DiffSection[];
}

/** The changes from the previous round to the current one; undefined for an assessment in its first round. */
export function changesSinceLastRound(assessment: Assessment): ChangesSinceLastRound | undefined {
  const previous = assessment.rounds.at(-1);
  const current = roundOf(assessment, assessment.round);
  if (!previous || !current) return undefined;
  return {
    round: assessment.round,
    previous: previous.round,
    previousClosed: formatDate(previous.closedAt),
    sections: diffSections(diffRounds(previous, current)),
  };
}

/** Draws "Changes since the last round" when the model has an earlier round: one sentence per change, grouped. */
export function drawChangesSection(l: Layout, changes: ChangesSinceLastRound | undefined): void {
  if (!changes) return;
  l.heading('Changes since the last round', 1, { share: 160 });
  l.paragraph(
    `This is round ${changes.round} of the assessment. It is compared here with round ${changes.previous}, which closed on ${changes.previousClosed}.`,
    { size: SIZE.body },
  );
  if (changes.sections.length === 0) {
    l.paragraph('Nothing has changed since the last round: every answer, figure, piece of evidence, hop and provider is as it was.', {
      size: SIZE.body,
    });
    return;
  }
  for (const section of changes.sections) {
    l.heading(section.heading, 2, { keep: 24 });
    for (const line of section.lines) l.paragraph(`• ${line}`, { size: SIZE.small, colour: COLOURS.ink, gapAfter: 2 });
  }
}

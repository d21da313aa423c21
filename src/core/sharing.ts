import type { Assessment, Note } from './assessment-schema';

/**
 * The notes that may leave the buyer's team: shared ones always, internal ones only when the user asks.
 * The one rule for exports, shared files and reports.
 */
export function notesToShare(notes: readonly Note[], includeInternal: boolean): Note[] {
  return notes.filter((n) => includeInternal || n.visibility === 'shared');
}

type RoundContent = Pick<Assessment, 'answers' | 'retired'>;

/** One round's answers and retired answers without their internal notes. */
function roundWithoutInternalNotes<R extends RoundContent>(round: R): R {
  const answers: Assessment['answers'] = {};
  for (const [checkId, answer] of Object.entries(round.answers)) {
    answers[checkId] = { ...answer, notes: notesToShare(answer.notes, false) };
  }
  if (!round.retired) return { ...round, answers };
  const retired = round.retired.map((r) => ({ ...r, notes: notesToShare(r.notes, false) }));
  return { ...round, answers, retired };
}

/** The assessment without internal notes, earlier rounds included, for sharing outside the buyer's team. */
export function withoutInternalNotes(assessment: Assessment): Assessment {
  return { ...roundWithoutInternalNotes(assessment), rounds: assessment.rounds.map(roundWithoutInternalNotes) };
}

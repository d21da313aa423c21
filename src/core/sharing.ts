import type { Assessment, Note } from './assessment-schema';

/**
 * The notes that may leave the buyer's team: shared ones always, internal ones only when the user asks.
 * The one rule for exports, shared files and reports.
 */
export function notesToShare(notes: readonly Note[], includeInternal: boolean): Note[] {
  return notes.filter((n) => includeInternal || n.visibility === 'shared');
}

/** The assessment without internal notes, for sharing outside the buyer's team. */
export function withoutInternalNotes(assessment: Assessment): Assessment {
  const answers: Assessment['answers'] = {};
  for (const [checkId, answer] of Object.entries(assessment.answers)) {
    answers[checkId] = { ...answer, notes: notesToShare(answer.notes, false) };
  }
  if (!assessment.retired) return { ...assessment, answers };
  const retired = assessment.retired.map((r) => ({ ...r, notes: notesToShare(r.notes, false) }));
  return { ...assessment, answers, retired };
}

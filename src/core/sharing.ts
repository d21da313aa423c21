import type { Assessment } from './assessment-schema';

/** The assessment without internal notes, for sharing outside the buyer's team. */
export function withoutInternalNotes(assessment: Assessment): Assessment {
  const answers: Assessment['answers'] = {};
  for (const [checkId, answer] of Object.entries(assessment.answers)) {
    answers[checkId] = { ...answer, notes: answer.notes.filter((n) => n.visibility !== 'internal') };
  }
  return { ...assessment, answers };
}

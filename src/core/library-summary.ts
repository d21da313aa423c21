import { z } from 'zod';
import { ProviderRole, type Assessment } from './assessment-schema';
import { DecisionOutcome } from './decision-outcome';
import { evaluate } from './engine/evaluate';
import { Rating } from './risk';
import { IsoDate, IsoDateTime } from './text';

/**
 * What the library screen shows for one assessment, derived from it (and cached in the library index).
 * Every field is required: an index written before a field existed fails to parse and is rebuilt from
 * the files, so a cached summary never shows a default in place of what the file says.
 */
export const LibrarySummary = z.strictObject({
  id: z.uuid(),
  service: z.string(),
  vendor: z.string(),
  templateId: z.string(),
  templateTitle: z.string(),
  templateVersion: z.string(),
  /** Null while nothing is known ("not rated yet"). */
  score: z.number().nullable(),
  rating: Rating.nullable(),
  provisional: z.boolean(),
  openQuestions: z.number().int(),
  blockingQuestions: z.number().int(),
  knockouts: z.number().int(),
  findings: z.number().int(),
  decision: DecisionOutcome,
  answered: z.number().int(),
  visible: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** The current round's number (1 until the service is re-assessed). */
  round: z.number().int().min(1),
  /** The upstream providers of the current round, as named in the assessment. */
  providers: z.array(z.strictObject({ name: z.string(), role: ProviderRole, scope: z.string() })),
  /** When the service is next due for review; null when no date is set. */
  nextReviewOn: IsoDate.nullable(),
  /** The earliest valid-until date among the current round's evidence; null when none has one. */
  evidenceExpiresOn: IsoDate.nullable(),
});
export type LibrarySummary = z.infer<typeof LibrarySummary>;

/** Summarises an assessment for the library list. */
export function summarize(a: Assessment): LibrarySummary {
  const e = evaluate(a);
  return {
    id: a.id,
    service: a.profile.service,
    vendor: a.profile.vendor,
    templateId: a.template.id,
    templateTitle: a.template.title,
    templateVersion: a.template.version,
    score: e.overall.score,
    rating: e.overall.rating,
    provisional: e.overall.provisional,
    openQuestions: e.overall.openQuestions,
    blockingQuestions: e.overall.blockingQuestions,
    knockouts: e.knockouts.length,
    findings: e.findings.length,
    decision: a.decision.outcome,
    answered: e.progress.answered,
    visible: e.progress.visible,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    round: a.round,
    providers: a.providers.map(({ name, role, scope }) => ({ name, role, scope })),
    nextReviewOn: a.nextReviewOn ?? null,
    evidenceExpiresOn: earliestEvidenceExpiry(a),
  };
}

/** The earliest valid-until date among the evidence of the current round's answers, or null. */
function earliestEvidenceExpiry(a: Assessment): string | null {
  let earliest: string | null = null;
  for (const answer of Object.values(a.answers))
    for (const item of answer.evidence)
      if (item.validUntil && (earliest === null || item.validUntil < earliest)) earliest = item.validUntil;
  return earliest;
}

import { z } from 'zod';
import type { Assessment } from './assessment-schema';
import { DecisionOutcome } from './decision-outcome';
import { evaluate } from './engine/evaluate';
import { Rating } from './risk';
import { IsoDateTime } from './text';

/** What the library screen shows for one assessment, derived from it (and cached in the library index). */
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
  };
}

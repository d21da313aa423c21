import type { Assessment, Decision } from './assessment-schema';
import type { DecisionOutcome } from './decision-outcome';
import type { Evaluation } from './engine/evaluate';
import { withDecision } from './history';
import type { Rating } from './risk';

/** The outcomes that approve the service, with or without conditions. */
export const APPROVING_OUTCOMES: readonly DecisionOutcome[] = ['approve', 'approve-with-conditions'];

/** Ratings at which approving asks for a confirmation and a rationale, recorded in the history. */
export const CONFIRM_APPROVAL_AT: readonly Rating[] = ['high', 'critical'];

/** Whether an outcome can be recorded now, and whether it needs a confirmed rationale first. */
export type ApprovalGate =
  | { allowed: true; confirm: false }
  | { allowed: true; confirm: true; rating: Rating; provisional: boolean }
  | { allowed: false; reason: 'blocking-questions'; checkIds: string[] };

/**
 * The rule for recording a decision: approving is refused while a blocking question (a knock-out check
 * still unknown) is open, and approving a service rated high or critical asks for a confirmation with
 * a rationale. Rejecting or leaving it pending is always allowed.
 */
export function approvalGate(evaluation: Evaluation, outcome: DecisionOutcome): ApprovalGate {
  if (!APPROVING_OUTCOMES.includes(outcome)) return { allowed: true, confirm: false };
  const blocking = evaluation.openQuestions.flatMap((q) => (q.kind === 'check' && q.blocking ? [q.checkId] : []));
  if (blocking.length > 0) return { allowed: false, reason: 'blocking-questions', checkIds: blocking };
  const { rating, provisional } = evaluation.overall;
  if (rating !== null && CONFIRM_APPROVAL_AT.includes(rating)) return { allowed: true, confirm: true, rating, provisional };
  return { allowed: true, confirm: false };
}

/** The assessment with an approval of a high or critical service recorded, and the acceptance in its history. */
export function withAcceptedRating(
  a: Assessment,
  decision: Decision,
  accepted: { rating: Rating; provisional: boolean; rationale: string },
  by: string,
  at: string,
): Assessment {
  const next = withDecision(a, decision, by, at);
  const event = {
    kind: 'rating-accepted' as const,
    rating: accepted.rating,
    provisional: accepted.provisional,
    outcome: decision.outcome,
    rationale: accepted.rationale.trim(),
  };
  return { ...next, history: [...next.history, { at, by, event }] };
}

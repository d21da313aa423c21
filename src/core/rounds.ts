import type { Answer, Assessment, PastRound } from './assessment-schema';
import { visibleChecks } from './engine/visibility';
import type { HistoryEntry } from './history';
import type { Template } from './template-schema';
import { applyUpgrade, newerTemplate } from './upgrade';

// Re-assessment rounds. The current round sits at the top level of the assessment; each earlier round,
// closed when the next one started, sits under `rounds`, oldest first. Pure: the caller gives the clock.

/** One round as the engine, the diff and a read-only view need it: the round's own fields. */
export type RoundView = Omit<PastRound, 'closedAt'> & { closedAt?: string };

/** Who starts the round, and when (an ISO timestamp). */
export interface RoundStamp {
  at: string;
  by: string;
}

/** Whether an answer holds something to re-confirm: a response or a captured figure. */
const hasContent = (answer: Answer): boolean => answer.response !== undefined || answer.value !== undefined;

/** A copy of an object without the given keys. */
function without<T extends object, K extends keyof T>(item: T, keys: readonly K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !(keys as readonly PropertyKey[]).includes(k))) as Omit<T, K>;
}

/** The round's own fields of the current round, without the file's identity, history and earlier rounds. */
function currentRoundFields(a: Assessment): RoundView {
  return without(a, ['id', 'history', 'rounds']);
}

/**
 * Starts round N+1: the current round goes, with `closedAt`, to the end of `rounds`; the new round
 * carries every answer forward (notes and evidence with it), marking each one that holds a response or
 * a figure `reconfirm: true`; it keeps the data path, providers, review date and retired answers, and
 * starts with a pending decision.
 *
 * Conditions are carried into the new decision (they are what the service was approved under, and the
 * next decision has to keep, change or drop each one); the outcome, rationale and sign-offs start afresh,
 * because a new round needs a new decision. When `newestTemplate` is a newer version of the
 * assessment's checklist, the new round moves to it by the template upgrade path. The history records a
 * `round-started` event (and the upgrade's own event when there is one).
 */
export function startRound(assessment: Assessment, newestTemplate: Template | undefined, stamp: RoundStamp): Assessment {
  const closed: PastRound = { ...currentRoundFields(assessment), closedAt: stamp.at };
  const upgradeTo = newestTemplate ? newerTemplate(assessment.template, [newestTemplate]) : undefined;
  const carried = Object.values(assessment.answers).filter(hasContent).length;
  const started: HistoryEntry = {
    at: stamp.at,
    by: stamp.by,
    event: {
      kind: 'round-started',
      from: assessment.round,
      to: assessment.round + 1,
      templateFrom: assessment.template.version,
      templateTo: (upgradeTo ?? assessment.template).version,
      carried,
    },
  };
  let next: Assessment = {
    ...assessment,
    round: assessment.round + 1,
    decision: { outcome: 'pending', rationale: '', conditions: assessment.decision.conditions, signOffs: [] },
    createdAt: stamp.at,
    updatedAt: stamp.at,
    history: [...assessment.history, started],
    rounds: [...assessment.rounds, closed],
  };
  if (upgradeTo) {
    const upgraded = applyUpgrade(next, upgradeTo, stamp);
    if (upgraded.ok) next = upgraded.assessment;
  }
  // The upgrade rebuilds the answers it carries, so the mark goes on after it.
  const answers: Assessment['answers'] = {};
  for (const [checkId, answer] of Object.entries(next.answers))
    answers[checkId] = hasContent(answer) ? { ...answer, reconfirm: true } : answer;
  return { ...next, answers };
}

/** The answer confirmed as it stands: its "to re-confirm" mark removed (the same answer when it has none). */
export function confirmedAnswer(answer: Answer): Answer {
  return answer.reconfirm === undefined ? answer : without(answer, ['reconfirm']);
}

/** The visible checks whose answers a new round carried forward and the assessor has not yet confirmed or changed. */
export function answersToReconfirm(a: Pick<Assessment, 'template' | 'profile' | 'answers'>): string[] {
  return visibleChecks(a.template, a.profile, a.answers)
    .filter((c) => a.answers[c.id]?.reconfirm === true)
    .map((c) => c.id);
}

/** The round numbers the assessment holds, oldest first (the current round last). */
export function roundNumbers(a: Pick<Assessment, 'round' | 'rounds'>): number[] {
  return [...a.rounds.map((r) => r.round), a.round];
}

/** One round of the assessment by its number (the current one included), or undefined when it has no such round. */
export function roundOf(a: Assessment, round: number): RoundView | undefined {
  if (round === a.round) return currentRoundFields(a);
  return a.rounds.find((r) => r.round === round);
}

/** A past round as a read-only assessment (no history, no earlier rounds), for the window and the report. */
export function roundAsAssessment(a: Assessment, round: number): Assessment | undefined {
  const view = roundOf(a, round);
  if (!view) return undefined;
  return { ...without(view, ['closedAt']), id: a.id, history: [], rounds: [] };
}

import type { Answer, DataPathHop, DecisionCondition, Evidence, Provider, Response } from './assessment-schema';
import type { DecisionOutcome } from './decision-outcome';
import { evaluate } from './engine/evaluate';
import { evidenceExpired } from './evidence-expiry';
import type { Rating } from './risk';
import type { RoundView } from './rounds';
import type { CheckCapture, Template } from './template-schema';

// What changed between two rounds of an assessment, or two assessments: data only (codes, labels the
// templates give, raw figures); src/core/round-diff-words.ts words it for the report, the CLI and the window.

/** Where a round stands: its number, template version, score and rating. */
export interface RoundStanding {
  round: number;
  templateVersion: string;
  score: number | null;
  rating: Rating | null;
  provisional: boolean;
}

/** A check's answer that changed, with the option labels each round's template gives. */
export interface AnswerChange {
  checkId: string;
  /** The check's short title (else its prompt), in the later round's template where it has the check. */
  title: string;
  area: string;
  before: AnswerState;
  after: AnswerState;
}

/** How a check stood in one round: not answered, an option or several (by label), unknown, or not applicable. */
export type AnswerState =
  { kind: 'unanswered' } | { kind: 'options'; labels: string[] } | { kind: 'unknown' } | { kind: 'not-applicable'; reason: string };

/** A captured figure, date or text that changed; absent on the side that had none. */
export interface FigureChange {
  checkId: string;
  title: string;
  area: string;
  capture: CheckCapture | undefined;
  before?: number | string;
  after?: number | string;
}

/** A piece of evidence added, removed, or expired by the later round's date. */
export interface EvidenceChange {
  checkId: string;
  title: string;
  area: string;
  change: 'added' | 'removed' | 'expired';
  evidence: Pick<Evidence, 'id' | 'title' | 'validUntil'>;
}

/** The fields of a data-path hop the diff compares. */
export type HopField = 'component' | 'operator' | 'region' | 'jurisdictions' | 'dataKinds' | 'retention' | 'offByPolicy';

/** A data-path hop added, removed or changed (with the fields that changed). */
export type HopChange =
  | { change: 'added'; hop: DataPathHop }
  | { change: 'removed'; hop: DataPathHop }
  | { change: 'changed'; before: DataPathHop; hop: DataPathHop; fields: HopField[] };

/** An upstream provider added or removed (the same name and role is the same provider). */
export interface ProviderChange {
  change: 'added' | 'removed';
  provider: Pick<Provider, 'name' | 'role' | 'scope'>;
}

/** A condition of the decision added, removed or reworded. */
export type ConditionChange =
  | { change: 'added'; condition: DecisionCondition }
  | { change: 'removed'; condition: DecisionCondition }
  | { change: 'changed'; before: DecisionCondition; condition: DecisionCondition };

/** Everything that changed from one round to a later one. */
export interface RoundDiff {
  from: RoundStanding;
  to: RoundStanding;
  /** The rating (or its provisional state) moved; null when it did not. */
  rating: { from: Rating | null; to: Rating | null; fromProvisional: boolean; toProvisional: boolean } | null;
  /** The overall score moved (compared at one decimal, as shown); null when it did not. */
  score: { from: number | null; to: number | null } | null;
  answers: AnswerChange[];
  figures: FigureChange[];
  evidence: EvidenceChange[];
  hops: HopChange[];
  providers: ProviderChange[];
  /**
   * The decision's outcome moved; null when it did not, and while the later round is still pending:
   * a new round starts undecided by design, which is not a change of decision.
   */
  decision: { from: DecisionOutcome; to: DecisionOutcome } | null;
  conditions: ConditionChange[];
}

/** The two days the diff dates evidence at; by default each round's close, or its last change for an open round. */
export interface DiffDates {
  /** The day (YYYY-MM-DD) the earlier round is judged at. */
  from?: string;
  /** The day (YYYY-MM-DD) the later round is judged at (the window and CLI pass today for the open round). */
  to?: string;
}

const dayOf = (round: RoundView): string => (round.closedAt ?? round.updatedAt).slice(0, 10);

function standing(round: RoundView): RoundStanding {
  const o = evaluate(round).overall;
  return { round: round.round, templateVersion: round.template.version, score: o.score, rating: o.rating, provisional: o.provisional };
}

function answerState(answer: Answer | undefined, template: Template, checkId: string): AnswerState {
  const r: Response | undefined = answer?.response;
  if (!r) return { kind: 'unanswered' };
  if (r.kind === 'unknown') return { kind: 'unknown' };
  if (r.kind === 'not-applicable') return { kind: 'not-applicable', reason: r.reason };
  const ids = r.kind === 'option' ? [r.option] : r.options;
  const options = template.checks.find((c) => c.id === checkId)?.options ?? [];
  return { kind: 'options', labels: ids.map((id) => options.find((o) => o.id === id)?.label ?? id) };
}

const sameState = (a: AnswerState, b: AnswerState): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Both rounds' checks, the later round's order first, then checks only the earlier one had. */
function checkOrder(earlier: RoundView, later: RoundView): string[] {
  const ids = later.template.checks.map((c) => c.id);
  const seen = new Set(ids);
  for (const c of earlier.template.checks) if (!seen.has(c.id)) ids.push(c.id);
  for (const id of [...Object.keys(later.answers), ...Object.keys(earlier.answers)]) if (!ids.includes(id)) ids.push(id);
  return ids;
}

function describeCheck(
  checkId: string,
  later: Template,
  earlier: Template,
): { title: string; area: string; capture: CheckCapture | undefined } {
  const template = later.checks.some((c) => c.id === checkId) ? later : earlier;
  const check = template.checks.find((c) => c.id === checkId);
  const area = template.areas.find((a) => a.id === check?.area)?.title ?? check?.area ?? '';
  return { title: check?.shortTitle ?? check?.prompt ?? checkId, area, capture: check?.capture };
}

function hopFields(a: DataPathHop, b: DataPathHop): HopField[] {
  const fields: HopField[] = ['component', 'operator', 'region', 'jurisdictions', 'dataKinds', 'retention', 'offByPolicy'];
  return fields.filter((f) => JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null));
}

const providerKey = (p: Pick<Provider, 'name' | 'role'>): string =>
  `${p.role}:${p.name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;

/** Compares an earlier round (or assessment) with a later one: what a board needs to see changed. */
export function diffRounds(earlier: RoundView, later: RoundView, dates: DiffDates = {}): RoundDiff {
  const from = standing(earlier);
  const to = standing(later);
  const fromDay = dates.from ?? dayOf(earlier);
  const toDay = dates.to ?? dayOf(later);
  const shown = (n: number | null) => (n === null ? null : n.toFixed(1));

  const answers: AnswerChange[] = [];
  const figures: FigureChange[] = [];
  const evidence: EvidenceChange[] = [];
  for (const checkId of checkOrder(earlier, later)) {
    const was = earlier.answers[checkId];
    const now = later.answers[checkId];
    if (!was && !now) continue;
    const { title, area, capture } = describeCheck(checkId, later.template, earlier.template);
    const before = answerState(was, earlier.template, checkId);
    const after = answerState(now, later.template, checkId);
    if (!sameState(before, after)) answers.push({ checkId, title, area, before, after });
    if (was?.value !== now?.value)
      figures.push({
        checkId,
        title,
        area,
        capture,
        ...(was?.value !== undefined ? { before: was.value } : {}),
        ...(now?.value !== undefined ? { after: now.value } : {}),
      });
    const wasEvidence = new Map((was?.evidence ?? []).map((e) => [e.id, e]));
    const nowEvidence = new Map((now?.evidence ?? []).map((e) => [e.id, e]));
    const item = (e: Evidence) => ({ id: e.id, title: e.title, ...(e.validUntil ? { validUntil: e.validUntil } : {}) });
    for (const e of nowEvidence.values()) {
      const old = wasEvidence.get(e.id);
      if (!old) evidence.push({ checkId, title, area, change: 'added', evidence: item(e) });
      if (evidenceExpired(e, toDay) && !(old && evidenceExpired(old, fromDay)))
        evidence.push({ checkId, title, area, change: 'expired', evidence: item(e) });
    }
    for (const e of wasEvidence.values())
      if (!nowEvidence.has(e.id)) evidence.push({ checkId, title, area, change: 'removed', evidence: item(e) });
  }

  const hops: HopChange[] = [];
  const earlierHops = new Map(earlier.dataPath.map((h) => [h.id, h]));
  const laterHops = new Map(later.dataPath.map((h) => [h.id, h]));
  for (const hop of later.dataPath) {
    const old = earlierHops.get(hop.id);
    if (!old) hops.push({ change: 'added', hop });
    else {
      const fields = hopFields(old, hop);
      if (fields.length > 0) hops.push({ change: 'changed', before: old, hop, fields });
    }
  }
  for (const hop of earlier.dataPath) if (!laterHops.has(hop.id)) hops.push({ change: 'removed', hop });

  const providers: ProviderChange[] = [];
  const earlierProviders = new Set(earlier.providers.map(providerKey));
  const laterProviders = new Set(later.providers.map(providerKey));
  const brief = (p: Provider) => ({ name: p.name, role: p.role, scope: p.scope });
  for (const p of later.providers) if (!earlierProviders.has(providerKey(p))) providers.push({ change: 'added', provider: brief(p) });
  for (const p of earlier.providers) if (!laterProviders.has(providerKey(p))) providers.push({ change: 'removed', provider: brief(p) });

  const conditions: ConditionChange[] = [];
  const earlierConditions = new Map(earlier.decision.conditions.map((c) => [c.id, c]));
  const laterConditions = new Map(later.decision.conditions.map((c) => [c.id, c]));
  for (const c of later.decision.conditions) {
    const old = earlierConditions.get(c.id);
    if (!old) conditions.push({ change: 'added', condition: c });
    else if (JSON.stringify(old) !== JSON.stringify(c)) conditions.push({ change: 'changed', before: old, condition: c });
  }
  for (const c of earlier.decision.conditions) if (!laterConditions.has(c.id)) conditions.push({ change: 'removed', condition: c });

  const outcomeFrom = earlier.decision.outcome;
  const outcomeTo = later.decision.outcome;
  return {
    from,
    to,
    rating:
      from.rating !== to.rating || from.provisional !== to.provisional
        ? { from: from.rating, to: to.rating, fromProvisional: from.provisional, toProvisional: to.provisional }
        : null,
    score: shown(from.score) !== shown(to.score) ? { from: from.score, to: to.score } : null,
    answers,
    figures,
    evidence,
    hops,
    providers,
    decision: outcomeTo !== 'pending' && outcomeTo !== outcomeFrom ? { from: outcomeFrom, to: outcomeTo } : null,
    conditions,
  };
}

/** Whether nothing changed between the two rounds (the round numbers and template versions aside). */
export function diffIsEmpty(d: RoundDiff): boolean {
  return (
    d.rating === null &&
    d.score === null &&
    d.decision === null &&
    d.answers.length === 0 &&
    d.figures.length === 0 &&
    d.evidence.length === 0 &&
    d.hops.length === 0 &&
    d.providers.length === 0 &&
    d.conditions.length === 0
  );
}

import type { Answer, Assessment } from '../assessment-schema';
import { RISK_POINTS, RISK_RANK, isRisky, maxRating, type Rating, type RiskLevel } from '../risk';
import type { Check, CheckOption, Recommendation, ScoringSettings } from '../template-schema';
import { impactOf, type Impact } from './impact';
import { visibleChecks } from './visibility';

/** How far the visible checks have been answered. */
export interface Progress {
  visible: number;
  /** Options chosen, "unknown", or "not applicable" with a reason. */
  answered: number;
  unknown: number;
  notApplicable: number;
  /** "Not applicable" given without a reason: counted as unanswered and flagged. */
  missingReason: number;
  unanswered: number;
}

/** One scored answer's part in the result: the trace behind every score. */
export interface TraceEntry {
  checkId: string;
  areaId: string;
  level: RiskLevel;
  /** Points of the level before impact (0-100). */
  points: number;
  /** Points after the impact factor, capped at 100. */
  scaled: number;
  weight: number;
  /** Share of the area score this answer carries (0-1). */
  areaShare: number;
  /** Points this answer adds to the overall score. */
  contribution: number;
}

/** Score and rating of one area. */
export interface AreaResult {
  id: string;
  title: string;
  score: number;
  rating: Rating;
  visible: number;
  scored: number;
}

/** A risky answer ("unknown" included) with what to do about it. */
export interface Finding {
  checkId: string;
  areaId: string;
  prompt: string;
  level: RiskLevel;
  weight: number;
  /** The chosen option label(s), or "Unknown". */
  answer: string;
  unknown: boolean;
  recommendations: Recommendation[];
  evidence: string;
  value?: number | string;
  knockoutId?: string;
}

/** A knock-out that fired, with the checks that fired it. */
export interface KnockOutHit {
  id: string;
  minRating: Rating;
  why: string;
  checkIds: string[];
}

/** A problem with the answers that is not a risk finding, e.g. "not applicable" without a reason. */
export interface AnswerFlag {
  checkId: string;
  message: string;
}

/** Everything the engine derives from an assessment. Never stored: always recomputed. */
export interface Evaluation {
  impact: Impact;
  visibleCheckIds: string[];
  progress: Progress;
  areas: AreaResult[];
  overall: { score: number; rating: Rating; scoreRating: Rating };
  trace: TraceEntry[];
  findings: Finding[];
  knockouts: KnockOutHit[];
  flags: AnswerFlag[];
}

/** The rating a 0-100 score falls into under the template's thresholds. */
export function ratingForScore(score: number, scoring: ScoringSettings): Rating {
  const t = scoring.thresholds;
  if (score >= t.critical) return 'critical';
  if (score >= t.high) return 'high';
  if (score >= t.medium) return 'medium';
  return 'low';
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
// Module-level copies: the engine runs on every answer, and these are read in its inner loops.
const POINTS: Readonly<Record<RiskLevel, number>> = { ...RISK_POINTS };
const RANK: Readonly<Record<RiskLevel, number>> = { ...RISK_RANK };
const worse = (a: RiskLevel, b: RiskLevel): RiskLevel => (RANK[b] > RANK[a] ? b : a);

interface Scored {
  check: Check;
  answer: Answer;
  level: RiskLevel;
  chosen: CheckOption[];
  unknown: boolean;
  scaled: number;
}

function scoreAnswer(check: Check, answer: Answer | undefined, scoring: ScoringSettings, impact: number): Scored | undefined {
  const r = answer?.response;
  if (!answer || !r || r.kind === 'not-applicable') return undefined;
  let level: RiskLevel;
  let chosen: CheckOption[] = [];
  if (r.kind === 'unknown') {
    level = scoring.unknownRisk;
  } else {
    const ids = r.kind === 'option' ? [r.option] : r.options;
    chosen = r.kind === 'option' ? check.options.filter((o) => o.id === r.option) : check.options.filter((o) => ids.includes(o.id));
    if (chosen.length === 0) return undefined;
    level = 'none';
    for (const o of chosen) level = worse(level, o.risk);
  }
  const scaled = Math.min(100, POINTS[level] * impact);
  return { check, answer, level, chosen, unknown: r.kind === 'unknown', scaled };
}

function findingOf(s: Scored): Finding {
  const { check, answer } = s;
  let recommendations: Recommendation[];
  if (s.unknown) {
    // Until the vendor answers, plan for the worst option the check allows.
    const worst = check.options.reduce((a, b) => (RANK[b.risk] > RANK[a.risk] ? b : a));
    recommendations = worst.recommendation ? [worst.recommendation] : [];
  } else {
    recommendations = s.chosen.filter((o) => isRisky(o.risk) && o.recommendation).map((o) => o.recommendation as Recommendation);
  }
  const finding: Finding = {
    checkId: check.id,
    areaId: check.area,
    prompt: check.prompt,
    level: s.level,
    weight: check.weight,
    answer: s.unknown ? 'Unknown' : s.chosen.map((o) => o.label).join('; '),
    unknown: s.unknown,
    recommendations,
    evidence: check.help.evidence,
  };
  if (answer.value !== undefined) finding.value = answer.value;
  return finding;
}

function knockoutFires(s: Scored): boolean {
  const ko = s.check.knockout;
  if (!ko) return false;
  if (s.unknown) return ko.onUnknown;
  return s.chosen.some((o) => ko.options.includes(o.id));
}

/** Derives visibility, progress, scores with their trace, findings, knock-outs and the rating. Pure. */
export function evaluate(assessment: Pick<Assessment, 'template' | 'profile' | 'answers'>): Evaluation {
  const { template, profile, answers } = assessment;
  const impact = impactOf(template, profile);
  const visible = visibleChecks(template, profile, answers);
  const progress: Progress = { visible: visible.length, answered: 0, unknown: 0, notApplicable: 0, missingReason: 0, unanswered: 0 };
  const flags: AnswerFlag[] = [];
  const scoredByArea = new Map<string, Scored[]>();
  const visibleByArea = new Map<string, number>();
  const findings: Finding[] = [];
  const hits = new Map<string, KnockOutHit>();

  for (const check of visible) {
    visibleByArea.set(check.area, (visibleByArea.get(check.area) ?? 0) + 1);
    const answer = answers[check.id];
    const r = answer?.response;
    if (!r) {
      progress.unanswered++;
      continue;
    }
    if (r.kind === 'not-applicable') {
      if (r.reason.trim() === '') {
        progress.missingReason++;
        progress.unanswered++;
        flags.push({ checkId: check.id, message: '"Not applicable" needs a reason; counted as unanswered.' });
      } else {
        progress.notApplicable++;
        progress.answered++;
      }
      continue;
    }
    const s = scoreAnswer(check, answer, template.scoring, impact.factor);
    if (!s) {
      progress.unanswered++;
      continue;
    }
    progress.answered++;
    if (s.unknown) progress.unknown++;
    const list = scoredByArea.get(check.area) ?? [];
    list.push(s);
    scoredByArea.set(check.area, list);
    const fires = knockoutFires(s);
    if (isRisky(s.level) || fires) {
      const f = findingOf(s);
      if (fires && check.knockout) f.knockoutId = check.knockout.id;
      findings.push(f);
    }
    if (fires && check.knockout) {
      const ko = check.knockout;
      const hit = hits.get(ko.id) ?? { id: ko.id, minRating: ko.minRating, why: ko.why, checkIds: [] };
      hit.checkIds.push(check.id);
      hits.set(ko.id, hit);
    }
  }

  const trace: TraceEntry[] = [];
  const areas: AreaResult[] = [];
  const scoredAreas = template.areas.filter((a) => (scoredByArea.get(a.id)?.length ?? 0) > 0);
  const areaWeightSum = scoredAreas.reduce((sum, a) => sum + a.weight, 0);
  let overallRaw = 0;
  for (const area of template.areas) {
    const list = scoredByArea.get(area.id) ?? [];
    const weightSum = list.reduce((sum, s) => sum + s.check.weight, 0);
    let raw = 0;
    for (const s of list) {
      const areaShare = weightSum > 0 ? s.check.weight / weightSum : 1 / list.length;
      const areaPart = areaWeightSum > 0 ? area.weight / areaWeightSum : 0;
      raw += areaShare * s.scaled;
      trace.push({
        checkId: s.check.id,
        areaId: area.id,
        level: s.level,
        points: POINTS[s.level],
        scaled: s.scaled,
        weight: s.check.weight,
        areaShare,
        contribution: areaShare * areaPart * s.scaled,
      });
    }
    if (list.length > 0 && areaWeightSum > 0) overallRaw += (area.weight / areaWeightSum) * raw;
    const score = round1(raw);
    areas.push({
      id: area.id,
      title: area.title,
      score,
      rating: ratingForScore(score, template.scoring),
      visible: visibleByArea.get(area.id) ?? 0,
      scored: list.length,
    });
  }

  const knockouts = [...hits.values()];
  const score = round1(overallRaw);
  const scoreRating = ratingForScore(score, template.scoring);
  const rating = knockouts.reduce<Rating>((r, k) => maxRating(r, k.minRating), scoreRating);
  // Riskiest first; then knock-outs, heavier checks, and template order. Findings were pushed in
  // template order and Array.prototype.sort is stable, so the last key needs no comparison.
  findings.sort(
    (a, b) =>
      RANK[b.level] - RANK[a.level] || Number(b.knockoutId !== undefined) - Number(a.knockoutId !== undefined) || b.weight - a.weight,
  );
  return {
    impact,
    visibleCheckIds: visible.map((c) => c.id),
    progress,
    areas,
    overall: { score, rating, scoreRating },
    trace,
    findings,
    knockouts,
    flags,
  };
}

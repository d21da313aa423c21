import type { Answer, Assessment, DataPathHop } from '../assessment-schema';
import type { JurisdictionCode } from '../jurisdiction';
import { RATINGS, RISK_POINTS, RISK_RANK, compareRatings, isRisky, maxRating, type Rating, type RiskLevel } from '../risk';
import type { Check, CheckOption, Recommendation, ScoringSettings, Template } from '../template-schema';
import { checkStatus } from './answer-status';
import { judgeHop, requiredJurisdictions } from './data-path';
import { inherentRisk, type InherentRisk } from './inherent';
import { HOP_AREA, HOP_OUTSIDE, MATERIAL_WEIGHT, PROVISIONAL_COVERAGE, SEVERITY, TIER_FACTOR } from './method';
import { visibleChecks } from './visibility';

/** How far the visible checks have been answered. */
export interface Progress {
  visible: number;
  /** Options chosen, "unknown", or "not applicable" with a reason. */
  answered: number;
  /** Options chosen: the answers that are scored. */
  known: number;
  unknown: number;
  notApplicable: number;
  /** "Not applicable" given without a reason: counted as unanswered and flagged. */
  missingReason: number;
  unanswered: number;
  /** Share (0-1) of visible checks with a known answer or a reasoned "not applicable". */
  coverage: number;
}

/** What a scored item is: a check's answer, or a data-path hop outside the required jurisdictions. */
export type ItemKind = 'check' | 'hop';

/** One scored item's part in the result: the trace behind every score. */
export interface TraceEntry {
  kind: ItemKind;
  /** The check id, or the hop id. */
  id: string;
  areaId: string;
  level: RiskLevel;
  /** Points of the level before the inherent tier (0-100). */
  points: number;
  /** Points after the tier factor (risky levels only), capped at 100. */
  scaled: number;
  weight: number;
  /** Share of the area score this item carries (0-1). */
  areaShare: number;
  /** Points this item adds to the overall score. */
  contribution: number;
}

/** Score and rating of one area; both null while nothing in it is known. */
export interface AreaResult {
  id: string;
  title: string;
  score: number | null;
  rating: Rating | null;
  visible: number;
  scored: number;
  /** Unknown and unanswered checks in this area. */
  open: number;
}

/** A known risky answer with what to do about it. */
export interface CheckFinding {
  kind: 'check';
  checkId: string;
  areaId: string;
  prompt: string;
  level: RiskLevel;
  /** The level read through the risk matrix with the inherent tier and the check's materiality. */
  severity: Rating;
  weight: number;
  optionIds: string[];
  /** The chosen option label(s), as the template words them. */
  answer: string;
  recommendations: Recommendation[];
  evidence: string;
  value?: number | string;
  knockoutId?: string;
}

/** A data-path hop that takes data outside the required jurisdictions. */
export interface HopFinding {
  kind: 'hop';
  hopId: string;
  areaId: string;
  level: RiskLevel;
  severity: Rating;
  weight: number;
  component: string;
  operator: string;
  outsideOf: JurisdictionCode[];
  required: JurisdictionCode[];
}

/** A finding: something known to be risky. */
export type Finding = CheckFinding | HopFinding;

/** Something not yet known: a check answered "unknown" or not at all, or a hop with no jurisdiction. */
export type OpenQuestion =
  | {
      kind: 'check';
      checkId: string;
      areaId: string;
      state: 'unknown' | 'unanswered';
      /** A knock-out check: it must be answered before the service can be approved. */
      blocking: boolean;
      knockoutId?: string;
      weight: number;
    }
  | { kind: 'hop'; hopId: string; areaId: string; blocking: false };

/** A knock-out that fired on a real answer, with the checks that fired it. */
export interface KnockOutHit {
  id: string;
  minRating: Rating;
  why: string;
  checkIds: string[];
}

/** A low-risk answer that holds only while the buyer keeps a setting: a condition for the action plan. */
export type KeepItem =
  { kind: 'option'; checkId: string; optionId: string; text: string } | { kind: 'hop'; hopId: string; component: string; evidence: string };

/** An answer that says data stays in the required jurisdictions, against a hop that says otherwise. */
export interface Contradiction {
  checkId: string;
  optionId: string;
  hopId: string;
  outsideOf: JurisdictionCode[];
}

/** A problem with the answers that is not a risk. */
export interface AnswerFlag {
  checkId: string;
  code: 'not-applicable-without-reason';
}

/** What set the overall rating: a knock-out, the worst findings, or the breadth of the score. */
export type RatingDriver =
  | { kind: 'knockout'; knockoutId: string; checkIds: string[] }
  | { kind: 'finding'; finding: Finding }
  | { kind: 'score'; areaIds: string[] };

/** The overall result: the assessed risk of what is known, beside what is still open. */
export interface Overall {
  /** Weighted score (0-100) of the known answers; null while nothing is known. */
  score: number | null;
  /** Null while nothing is known ("not rated yet"). */
  rating: Rating | null;
  /** The band the score alone falls in. */
  scoreRating: Rating | null;
  /** The worst finding's severity. */
  findingRating: Rating | null;
  /** True while coverage is below the threshold or a blocking question is open. */
  provisional: boolean;
  openQuestions: number;
  blockingQuestions: number;
  drivers: RatingDriver[];
}

/** Everything the engine derives from an assessment. Never stored: always recomputed. */
export interface Evaluation {
  inherent: InherentRisk;
  visibleCheckIds: string[];
  progress: Progress;
  areas: AreaResult[];
  overall: Overall;
  trace: TraceEntry[];
  findings: Finding[];
  openQuestions: OpenQuestion[];
  knockouts: KnockOutHit[];
  keep: KeepItem[];
  contradictions: Contradiction[];
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

/** The severity of a finding at `level` on a check of `weight`, for the given inherent tier. */
export function severityOf(level: RiskLevel, weight: number, tier: InherentRisk['tier']): Rating {
  if (!isRisky(level)) return 'low';
  const base = SEVERITY[level as 'medium' | 'high' | 'critical'][tier];
  if (weight >= MATERIAL_WEIGHT) return base;
  return RATINGS[Math.max(0, RATINGS.indexOf(base) - 1)] ?? 'low';
}

/**
 * The rating the findings set: the worst severity of a finding on a material check (a hop outside the
 * required jurisdictions is one); a finding on a lesser check sets it only when a second finding is
 * at least as severe, so one middling answer on a minor point cannot rate a sound service alone.
 */
export function findingsRating(findings: readonly Finding[]): Rating | null {
  let rating: Rating | null = null;
  const lesser: Rating[] = [];
  for (const f of findings) {
    if (f.weight >= MATERIAL_WEIGHT) rating = rating === null ? f.severity : maxRating(rating, f.severity);
    else lesser.push(f.severity);
  }
  lesser.sort((a, b) => compareRatings(b, a));
  const second = lesser[1];
  if (second !== undefined) rating = rating === null ? second : maxRating(rating, second);
  return rating;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const worse = (a: RiskLevel, b: RiskLevel): RiskLevel => (RISK_RANK[b] > RISK_RANK[a] ? b : a);

interface Scored {
  kind: ItemKind;
  id: string;
  areaId: string;
  level: RiskLevel;
  weight: number;
  scaled: number;
}

function chosenOptions(check: Check, answer: Answer | undefined): CheckOption[] | undefined {
  const r = answer?.response;
  if (!r || (r.kind !== 'option' && r.kind !== 'options')) return undefined;
  const ids = r.kind === 'option' ? [r.option] : r.options;
  const chosen = check.options.filter((o) => ids.includes(o.id));
  return chosen.length > 0 ? chosen : undefined;
}

function hopArea(template: Template): string {
  return template.areas.some((a) => a.id === HOP_AREA) ? HOP_AREA : (template.areas[0]?.id ?? HOP_AREA);
}

function sortFindings(findings: Finding[]): void {
  // Most severe first; then riskier level, knock-outs, heavier items; stable sort keeps template order.
  findings.sort(
    (a, b) =>
      compareRatings(b.severity, a.severity) ||
      RISK_RANK[b.level] - RISK_RANK[a.level] ||
      Number(b.kind === 'check' && b.knockoutId !== undefined) - Number(a.kind === 'check' && a.knockoutId !== undefined) ||
      b.weight - a.weight,
  );
}

/**
 * Derives visibility, progress, the inherent tier, the scores of what is known with their trace,
 * findings, open and blocking questions, knock-outs and the rating. Pure. See SCORING.md.
 */
export function evaluate(assessment: Pick<Assessment, 'template' | 'profile' | 'answers' | 'dataPath'>): Evaluation {
  const { template, profile, answers } = assessment;
  const dataPath: readonly DataPathHop[] = assessment.dataPath ?? [];
  const inherent = inherentRisk(template, profile);
  const factor = TIER_FACTOR[inherent.tier];
  const scale = (level: RiskLevel) => (isRisky(level) ? Math.min(100, RISK_POINTS[level] * factor) : RISK_POINTS[level]);
  const visible = visibleChecks(template, profile, answers);
  const progress: Progress = {
    visible: visible.length,
    answered: 0,
    known: 0,
    unknown: 0,
    notApplicable: 0,
    missingReason: 0,
    unanswered: 0,
    coverage: 0,
  };
  const flags: AnswerFlag[] = [];
  const scored: Scored[] = [];
  const findings: Finding[] = [];
  const open: OpenQuestion[] = [];
  const keep: KeepItem[] = [];
  const hits = new Map<string, KnockOutHit>();
  const visibleByArea = new Map<string, number>();
  const openByArea = new Map<string, number>();
  const inRegionClaims: { checkId: string; optionId: string }[] = [];
  const addOpen = (q: OpenQuestion) => {
    open.push(q);
    openByArea.set(q.areaId, (openByArea.get(q.areaId) ?? 0) + 1);
  };

  for (const check of visible) {
    visibleByArea.set(check.area, (visibleByArea.get(check.area) ?? 0) + 1);
    const answer = answers[check.id];
    const status = checkStatus(answer);
    if (status === 'na') {
      progress.notApplicable++;
      progress.answered++;
      continue;
    }
    if (status === 'missingReason') {
      progress.missingReason++;
      flags.push({ checkId: check.id, code: 'not-applicable-without-reason' });
    }
    const chosen = chosenOptions(check, answer);
    if (!chosen) {
      const unknown = status === 'unknown';
      if (unknown) {
        progress.unknown++;
        progress.answered++;
      } else progress.unanswered++;
      const ko = check.knockout;
      const blocking = ko !== undefined && ko.onUnknown;
      addOpen({
        kind: 'check',
        checkId: check.id,
        areaId: check.area,
        state: unknown ? 'unknown' : 'unanswered',
        blocking,
        ...(blocking ? { knockoutId: ko.id } : {}),
        weight: check.weight,
      });
      continue;
    }
    progress.known++;
    progress.answered++;
    let level: RiskLevel = 'none';
    for (const o of chosen) level = worse(level, o.risk);
    scored.push({ kind: 'check', id: check.id, areaId: check.area, level, weight: check.weight, scaled: scale(level) });
    for (const o of chosen) {
      if (o.keep !== undefined && !isRisky(o.risk)) keep.push({ kind: 'option', checkId: check.id, optionId: o.id, text: o.keep });
      if (o.claimsInRegion) inRegionClaims.push({ checkId: check.id, optionId: o.id });
    }
    const ko = check.knockout;
    const fires = ko !== undefined && chosen.some((o) => ko.options.includes(o.id));
    if (fires) {
      const hit = hits.get(ko.id) ?? { id: ko.id, minRating: ko.minRating, why: ko.why, checkIds: [] };
      hit.checkIds.push(check.id);
      hits.set(ko.id, hit);
    }
    if (isRisky(level) || fires) {
      const finding: CheckFinding = {
        kind: 'check',
        checkId: check.id,
        areaId: check.area,
        prompt: check.prompt,
        level,
        severity: severityOf(level, check.weight, inherent.tier),
        weight: check.weight,
        optionIds: chosen.map((o) => o.id),
        answer: chosen.map((o) => o.label).join('; '),
        recommendations: chosen.filter((o) => isRisky(o.risk) && o.recommendation).map((o) => o.recommendation as Recommendation),
        evidence: check.help.evidence,
      };
      if (answer?.value !== undefined) finding.value = answer.value;
      if (fires) finding.knockoutId = ko.id;
      findings.push(finding);
    }
  }

  // The data path: a hop outside the required jurisdictions is one scored item; unknown is a question.
  const required = requiredJurisdictions(profile);
  const requiredSet = new Set(required);
  const hopAreaId = hopArea(template);
  const contradictions: Contradiction[] = [];
  for (const hop of dataPath) {
    const j = judgeHop(hop, requiredSet);
    if (j.standing === 'off-by-policy' && hop.offByPolicy) {
      keep.push({ kind: 'hop', hopId: hop.id, component: hop.component, evidence: hop.offByPolicy.evidence });
    } else if (j.standing === 'unknown') {
      addOpen({ kind: 'hop', hopId: hop.id, areaId: hopAreaId, blocking: false });
    } else if (j.standing === 'outside') {
      const { level, weight } = HOP_OUTSIDE;
      scored.push({ kind: 'hop', id: hop.id, areaId: hopAreaId, level, weight, scaled: scale(level) });
      findings.push({
        kind: 'hop',
        hopId: hop.id,
        areaId: hopAreaId,
        level,
        severity: severityOf(level, weight, inherent.tier),
        weight,
        component: hop.component,
        operator: hop.operator,
        outsideOf: j.outsideOf,
        required,
      });
      for (const claim of inRegionClaims) contradictions.push({ ...claim, hopId: hop.id, outsideOf: j.outsideOf });
    }
  }
  progress.coverage = progress.visible > 0 ? (progress.known + progress.notApplicable) / progress.visible : 0;

  // Scores: weighted mean per area over the known items, then the areas weighted by their weight.
  const trace: TraceEntry[] = [];
  const areas: AreaResult[] = [];
  const byArea = new Map<string, Scored[]>();
  for (const s of scored) {
    const list = byArea.get(s.areaId);
    if (list) list.push(s);
    else byArea.set(s.areaId, [s]);
  }
  const scoredAreas = template.areas.filter((a) => (byArea.get(a.id)?.length ?? 0) > 0);
  const areaWeightSum = scoredAreas.reduce((sum, a) => sum + a.weight, 0);
  let overallRaw = 0;
  for (const area of template.areas) {
    const list = byArea.get(area.id) ?? [];
    const weightSum = list.reduce((sum, s) => sum + s.weight, 0);
    const areaPart = areaWeightSum > 0 ? area.weight / areaWeightSum : 0;
    let raw = 0;
    for (const s of list) {
      const areaShare = weightSum > 0 ? s.weight / weightSum : 1 / list.length;
      raw += areaShare * s.scaled;
      trace.push({
        kind: s.kind,
        id: s.id,
        areaId: area.id,
        level: s.level,
        points: RISK_POINTS[s.level],
        scaled: s.scaled,
        weight: s.weight,
        areaShare,
        contribution: areaShare * areaPart * s.scaled,
      });
    }
    overallRaw += areaPart * raw;
    const score = list.length > 0 ? round1(raw) : null;
    areas.push({
      id: area.id,
      title: area.title,
      score,
      rating: score === null ? null : ratingForScore(score, template.scoring),
      visible: visibleByArea.get(area.id) ?? 0,
      // Checks only: a scored hop is not one of the area's visible checks.
      scored: list.filter((x) => x.kind === 'check').length,
      open: openByArea.get(area.id) ?? 0,
    });
  }

  sortFindings(findings);
  open.sort((a, b) => Number(b.blocking) - Number(a.blocking) || (b.kind === 'check' ? b.weight : 0) - (a.kind === 'check' ? a.weight : 0));
  const knockouts = [...hits.values()];
  const blockingQuestions = open.filter((q) => q.blocking).length;
  const known = scored.length > 0;
  const score = known ? round1(overallRaw) : null;
  const scoreRating = score === null ? null : ratingForScore(score, template.scoring);
  const findingRating = findingsRating(findings);
  let rating: Rating | null = null;
  if (known) {
    rating = maxRating(scoreRating ?? 'low', findingRating ?? 'low');
    for (const k of knockouts) rating = maxRating(rating, k.minRating);
  }
  const drivers: RatingDriver[] = [];
  if (rating !== null && rating !== 'low') {
    for (const k of knockouts) if (k.minRating === rating) drivers.push({ kind: 'knockout', knockoutId: k.id, checkIds: k.checkIds });
    if (findingRating === rating) for (const f of findings) if (f.severity === rating) drivers.push({ kind: 'finding', finding: f });
    if (scoreRating === rating) {
      const top = areas.filter((a) => a.rating === rating).map((a) => a.id);
      drivers.push({ kind: 'score', areaIds: top });
    }
  }
  return {
    inherent,
    visibleCheckIds: visible.map((c) => c.id),
    progress,
    areas,
    overall: {
      score,
      rating,
      scoreRating,
      findingRating,
      provisional: progress.coverage < PROVISIONAL_COVERAGE || blockingQuestions > 0,
      openQuestions: open.length,
      blockingQuestions,
      drivers,
    },
    trace,
    findings,
    openQuestions: open,
    knockouts,
    keep,
    contradictions,
    flags,
  };
}

import { z } from 'zod';
import { Condition, conditionLeaves } from './condition';
import { Rating, RiskLevel, isRisky } from './risk';
import { TEMPLATE_LIMITS, templateBoundsProblem } from './template-bounds';
import { Id, LongText, ShortText } from './text';

/** A mitigation and the contract clause to ask for when an option is chosen. */
export const Recommendation = z.strictObject({
  mitigation: LongText.min(1),
  clause: LongText.min(1),
});
export type Recommendation = z.infer<typeof Recommendation>;

/** One answer option of a check, graded on the risk scale. */
export const CheckOption = z.strictObject({
  id: Id,
  label: ShortText.min(1),
  risk: RiskLevel,
  /** Required for risky options (medium and above). */
  recommendation: Recommendation.optional(),
  /**
   * For a low-risk answer that holds only while the buyer keeps a setting (a feature "off unless we
   * enable it"): the condition to keep, which goes into the action plan.
   */
  keep: LongText.min(1).optional(),
  /** Choosing this option states that data is processed only in the buyer's required jurisdictions. */
  claimsInRegion: z.boolean().optional(),
});
export type CheckOption = z.infer<typeof CheckOption>;

/** The four help texts shown beside a check and printed in the report. */
export const CheckHelp = z.strictObject({
  why: LongText.min(1),
  good: LongText.min(1),
  redFlag: LongText.min(1),
  evidence: LongText.min(1),
});
export type CheckHelp = z.infer<typeof CheckHelp>;

/** A framework reference such as { framework: "CCM", id: "DSP-19" }. */
export const Reference = z.strictObject({
  framework: ShortText.min(1).max(40),
  id: ShortText.min(1).max(120),
});
export type Reference = z.infer<typeof Reference>;

/** Units a captured figure can carry. */
export const FigureUnit = z.enum(['days', 'hours', 'months', 'years', 'percent', 'count', 'currency']);
export type FigureUnit = z.infer<typeof FigureUnit>;

/** An extra value captured beside the graded answer: a figure with its unit, a date or a short text. */
export const CheckCapture = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('number'),
    label: ShortText.min(1),
    unit: FigureUnit,
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.strictObject({ kind: z.literal('date'), label: ShortText.min(1) }),
  z.strictObject({ kind: z.literal('text'), label: ShortText.min(1) }),
]);
export type CheckCapture = z.infer<typeof CheckCapture>;

/**
 * A red flag: when one of its options is chosen, the overall rating is at least `minRating` whatever
 * else is known. While the check is unknown or unanswered it is a blocking question instead (when
 * `onUnknown` is set): it must be answered before the service can be approved.
 */
export const KnockOut = z.strictObject({
  id: Id,
  /** Option ids of this check that trigger it. */
  options: z.array(Id).min(1),
  /** Whether an unknown or missing answer makes the check a blocking question. */
  onUnknown: z.boolean().default(false),
  minRating: Rating,
  why: LongText.min(1),
});
export type KnockOut = z.infer<typeof KnockOut>;

/** Events at an upstream provider (a model maker, a cloud, a key subprocessor) that reopen checks. */
export const PROVIDER_EVENTS = ['provider-leaves', 'provider-changes-terms', 'provider-moves-region'] as const;
/** One provider event: it leaves (or is dropped), it changes its terms, it moves the data to another region. */
export const ProviderEvent = z.enum(PROVIDER_EVENTS);
export type ProviderEvent = z.infer<typeof ProviderEvent>;

const VisibleWhen = Condition.optional().meta({
  description:
    `Shown only when this condition holds. At most ${TEMPLATE_LIMITS.leavesPerCondition} comparisons and ` +
    `${TEMPLATE_LIMITS.conditionDepth} levels of nested all/any/not in one condition.`,
});

/** One question a buyer puts to the vendor, with graded options and guidance. */
export const Check = z.strictObject({
  id: Id,
  area: Id,
  /** A few words a board member understands ("Inference region in the contract"), shown where an id would be. */
  shortTitle: ShortText.min(1).max(80).optional(),
  /**
   * The provider events whose news reopens this check: the answer given may no longer hold when a
   * provider behind the service leaves, changes its terms or moves region (the portfolio's what-if).
   */
  reopenedBy: z.array(ProviderEvent).min(1).max(PROVIDER_EVENTS.length).optional(),
  prompt: LongText.min(1),
  /** single: one option; multi: several, scored by the riskiest chosen. */
  select: z.enum(['single', 'multi']).default('single'),
  options: z.array(CheckOption).min(2).max(20),
  weight: z.number().min(0).max(10).default(1),
  /**
   * The options form a graded scale: listed from least to most risky, "vendor will not say" last, and
   * a riskier option's clause never asks for less than a milder one's.
   */
  graded: z.boolean().optional(),
  /** Shown only when this holds; see {@link TEMPLATE_LIMITS} for its size limits. */
  visibleWhen: VisibleWhen,
  knockout: KnockOut.optional(),
  capture: CheckCapture.optional(),
  help: CheckHelp,
  references: z.array(Reference).max(40).default([]),
});
export type Check = z.infer<typeof Check>;
export type CheckInput = z.input<typeof Check>;

/** A group of checks, scored together. */
export const Area = z.strictObject({
  id: Id,
  title: ShortText.min(1),
  description: LongText.optional(),
  weight: z.number().min(0).max(10).default(1),
});
export type Area = z.infer<typeof Area>;

/** A term the clauses use with a fixed meaning ("Customer Data"), printed once in the report. */
export const Definition = z.strictObject({
  term: ShortText.min(1).max(80),
  meaning: LongText.min(1),
});
export type Definition = z.infer<typeof Definition>;

/** The inherent-risk tiers the triage can set, least sensitive first. */
export const TIERS = ['low', 'moderate', 'high', 'very-high'] as const;
/** Inherent risk of the intended use, before any vendor answer. */
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

/** One option of a triage question; choosing it sets the inherent-risk tier to at least `tier`. */
export const TriageOption = z.strictObject({
  id: Id,
  label: ShortText.min(1),
  tier: Tier.optional(),
  /** Templates of version 1.0 graded options by a factor; read as a tier when `tier` is absent. */
  impact: z.number().min(1).max(3).optional(),
});
export type TriageOption = z.infer<typeof TriageOption>;

/** A profile (triage) question about the vendor, the service and the intended use. */
export const TriageQuestion = z.strictObject({
  id: Id,
  label: ShortText.min(1),
  help: LongText.optional(),
  kind: z.enum(['text', 'single', 'multi', 'number', 'date', 'boolean']),
  required: z.boolean().default(false),
  options: z.array(TriageOption).max(60).optional(),
  unit: FigureUnit.optional(),
  visibleWhen: VisibleWhen,
});
export type TriageQuestion = z.infer<typeof TriageQuestion>;

/**
 * Scoring settings a template may tune (see src/core/engine/SCORING.md). The engine reads the
 * thresholds; `unknownRisk` and `maxImpact` are kept so files of template 1.0.0 stay valid, and are
 * no longer used: unknowns are open questions, and the triage sets a tier, not a factor.
 */
export const ScoringSettings = z.strictObject({
  /** No longer used: an unknown answer is an open question, not a score. */
  unknownRisk: RiskLevel.default('high'),
  /** Lowest score (0-100) of each rating above "low". */
  thresholds: z
    .strictObject({ medium: z.number().min(0).max(100), high: z.number().min(0).max(100), critical: z.number().min(0).max(100) })
    .default({ medium: 20, high: 40, critical: 60 }),
  /** No longer used: the triage sets a tier. */
  maxImpact: z.number().min(1).max(3).default(2),
});
export type ScoringSettings = z.infer<typeof ScoringSettings>;

const TemplateShape = z.strictObject({
  $schema: z.string().max(500).optional(),
  id: Id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  title: ShortText.min(1),
  description: LongText.optional(),
  /** Terms the clauses are written against, printed once in the report's appendix. */
  definitions: z.array(Definition).max(50).optional(),
  scoring: ScoringSettings.default({ unknownRisk: 'high', thresholds: { medium: 20, high: 40, critical: 60 }, maxImpact: 2 }),
  triage: z.array(TriageQuestion).min(1).max(200),
  areas: z.array(Area).min(1).max(50),
  checks: z.array(Check).min(1).max(TEMPLATE_LIMITS.checks),
});

const LIMITS_DESCRIPTION =
  `Limits: at most ${TEMPLATE_LIMITS.checks} checks, ${TEMPLATE_LIMITS.options} answer options in all, ` +
  `${TEMPLATE_LIMITS.conditionLeaves} condition comparisons in all, ${TEMPLATE_LIMITS.leavesPerCondition} in one ` +
  `visibility condition, and ${TEMPLATE_LIMITS.conditionDepth} levels of nested all/any/not.`;

const ValidTemplate = TemplateShape.superRefine((t, ctx) => {
  for (const problem of templateProblems(t)) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
});
export type TemplateInput = z.input<typeof ValidTemplate>;

/**
 * A checklist template: triage questions, areas and checks. The single source of truth for template files.
 * Its size is checked against {@link TEMPLATE_LIMITS} before anything else, so a hostile template is refused
 * in milliseconds wherever it arrives (template import, a .fineprint file, the library at start-up).
 */
export const Template = z
  .preprocess<unknown, typeof ValidTemplate, TemplateInput>((raw, ctx) => {
    const problem = templateBoundsProblem(raw);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path, input: raw });
    return raw;
  }, ValidTemplate)
  .meta({ description: `A FinePrint checklist template. ${LIMITS_DESCRIPTION}` });
export type Template = z.infer<typeof Template>;

interface TemplateProblem {
  path: (string | number)[];
  message: string;
}

/** Cross-reference rules zod's shape cannot express: unique ids, known areas, earlier-only conditions. */
function templateProblems(t: z.infer<typeof TemplateShape>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const areaIds = new Set<string>();
  t.areas.forEach((a, i) => {
    if (areaIds.has(a.id)) problems.push({ path: ['areas', i, 'id'], message: `duplicate area id "${a.id}"` });
    areaIds.add(a.id);
  });
  for (const required of ['vendor', 'service']) {
    const q = t.triage.find((x) => x.id === required);
    if (!q || q.kind !== 'text') problems.push({ path: ['triage'], message: `needs a text question with id "${required}"` });
  }
  const seen = new Map<string, 'triage' | 'check'>();
  const choiceOptions = new Map<string, Set<string>>();
  const checkRefsOk = (cond: Condition | undefined, path: (string | number)[]) => {
    if (!cond) return;
    for (const leaf of conditionLeaves(cond)) {
      const ref = leaf.question;
      if (!seen.has(ref)) {
        problems.push({ path, message: `condition refers to "${ref}", which is not an earlier question or check` });
        continue;
      }
      const options = choiceOptions.get(ref);
      const value = 'equals' in leaf ? leaf.equals : leaf.includes;
      if (options && (typeof value !== 'string' || !options.has(value)))
        problems.push({ path, message: `condition compares "${ref}" with "${String(value)}", which is not one of its options` });
    }
  };
  t.triage.forEach((q, i) => {
    if (seen.has(q.id)) problems.push({ path: ['triage', i, 'id'], message: `duplicate question id "${q.id}"` });
    checkRefsOk(q.visibleWhen, ['triage', i, 'visibleWhen']);
    seen.set(q.id, 'triage');
    const needsOptions = q.kind === 'single' || q.kind === 'multi';
    if (needsOptions && (!q.options || q.options.length < 2))
      problems.push({ path: ['triage', i, 'options'], message: `a ${q.kind}-choice question needs at least two options` });
    if (!needsOptions && q.options) problems.push({ path: ['triage', i, 'options'], message: `a ${q.kind} question takes no options` });
    if (q.options) {
      const ids = new Set<string>();
      q.options.forEach((o, j) => {
        if (ids.has(o.id)) problems.push({ path: ['triage', i, 'options', j, 'id'], message: `duplicate option id "${o.id}"` });
        ids.add(o.id);
      });
      choiceOptions.set(q.id, ids);
    }
  });
  const knockoutRatings = new Map<string, string>();
  t.checks.forEach((c, i) => {
    if (seen.has(c.id)) problems.push({ path: ['checks', i, 'id'], message: `duplicate id "${c.id}"` });
    if (!areaIds.has(c.area)) problems.push({ path: ['checks', i, 'area'], message: `unknown area "${c.area}"` });
    checkRefsOk(c.visibleWhen, ['checks', i, 'visibleWhen']);
    seen.set(c.id, 'check');
    const ids = new Set<string>();
    c.options.forEach((o, j) => {
      if (ids.has(o.id)) problems.push({ path: ['checks', i, 'options', j, 'id'], message: `duplicate option id "${o.id}"` });
      ids.add(o.id);
      if (isRisky(o.risk) && !o.recommendation)
        problems.push({
          path: ['checks', i, 'options', j, 'recommendation'],
          message: `option "${o.id}" is ${o.risk} risk and needs a recommendation`,
        });
    });
    choiceOptions.set(c.id, ids);
    if (c.knockout) {
      for (const o of c.knockout.options) {
        if (!ids.has(o))
          problems.push({
            path: ['checks', i, 'knockout', 'options'],
            message: `knock-out names option "${o}", which the check does not have`,
          });
      }
      const prior = knockoutRatings.get(c.knockout.id);
      if (prior && prior !== c.knockout.minRating)
        problems.push({
          path: ['checks', i, 'knockout', 'minRating'],
          message: `knock-out "${c.knockout.id}" is declared elsewhere with minimum rating ${prior}`,
        });
      knockoutRatings.set(c.knockout.id, c.knockout.minRating);
    }
  });
  const th = t.scoring.thresholds;
  if (!(th.medium < th.high && th.high < th.critical))
    problems.push({ path: ['scoring', 'thresholds'], message: 'thresholds must rise: medium < high < critical' });
  return problems;
}

// The shape of a sample assessment definition, and how one becomes a valid Assessment. Sample
// modules state the story (profile, answers, notes, evidence, data path, decision); this module
// fills in the bookkeeping (ids, timestamps, digests) deterministically, so the output never drifts.
import type { DataPathHopInput, ProviderInput } from '../../../core/assessment-schema';
import { Assessment, assessmentProblems, type AssessmentInput, type Profile, type SignOff } from '../../../core/assessment-schema';
import { sha256Hex } from '../../../core/digest';
import type { DecisionOutcome } from '../../../core/decision-outcome';
import type { HistoryEntry } from '../../../core/history';
import { visibleChecks } from '../../../core/engine/visibility';
import type { Template } from '../../../core/template-schema';

/** A piece of vendor evidence as a sample states it; `hashed` records a digest of the saved document. */
export interface SampleEvidence {
  title: string;
  document?: string;
  link?: string;
  clause?: string;
  seenOn: string;
  hashed?: boolean;
}

/** Notes, evidence and a captured figure that may accompany any answer. */
export interface SampleExtras {
  value?: number;
  /** When the answer was last changed, if later than its turn in the first answering session. */
  at?: string;
  shared?: string[];
  internal?: string[];
  evidence?: SampleEvidence[];
}

/** How one check is answered in a sample: an option, "unknown", or "not applicable" with its reason. */
export type SampleAnswer = SampleExtras & {
  response: { kind: 'option'; option: string } | { kind: 'unknown' } | { kind: 'not-applicable'; reason: string };
};

/** One data-path hop as a sample states it; the id is assigned from its position. */
export type SampleHop = Omit<DataPathHopInput, 'id'>;

/** One upstream provider as a sample states it; the id is assigned from its position. */
export type SampleProvider = Omit<ProviderInput, 'id'>;

/** A decision as a sample states it; condition ids are assigned from their position. */
export interface SampleDecision {
  outcome: DecisionOutcome;
  rationale: string;
  conditions: { text: string; owner: string; due: string }[];
  signOffs: (Required<Pick<SignOff, 'role' | 'name' | 'date'>> & Pick<SignOff, 'outcome' | 'comment'>)[];
}

/** Everything that makes one sample assessment. */
export interface SampleDefinition {
  fileName: string;
  /** The assessment's UUID, fixed so the file never changes between runs. */
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The envelope's savedAt. */
  savedAt: string;
  /** When answering began: answers are stamped from here, a few minutes apart, in template order. */
  answeredFrom: string;
  profile: Profile;
  answers: Record<string, SampleAnswer>;
  dataPath: SampleHop[];
  /** The supply chain, with invented provider names shared between samples so the library shows a concentration. */
  providers: SampleProvider[];
  decision: SampleDecision;
  history: Required<HistoryEntry>[];
}

/** Answers a check with one of its options. */
export function pick(option: string, extras: SampleExtras = {}): SampleAnswer {
  return { response: { kind: 'option', option }, ...extras };
}

/** Records that the vendor has not (yet) answered: scored as a finding, never as neutral. */
export function unknown(extras: SampleExtras = {}): SampleAnswer {
  return { response: { kind: 'unknown' }, ...extras };
}

/** Marks a check as not applicable, which always needs a reason. */
export function notApplicable(reason: string, extras: SampleExtras = {}): SampleAnswer {
  return { response: { kind: 'not-applicable', reason }, ...extras };
}

const MINUTES_BETWEEN_ANSWERS = 6;

function evidenceInput(sample: SampleDefinition, checkId: string, e: SampleEvidence, n: number) {
  return {
    id: `${checkId}.evidence-${n}`,
    title: e.title,
    ...(e.document !== undefined ? { document: e.document } : {}),
    ...(e.link !== undefined ? { link: e.link } : {}),
    ...(e.clause !== undefined ? { clause: e.clause } : {}),
    seenOn: e.seenOn,
    // Stands in for the digest of the copy the reviewer filed; derived so it is stable between runs.
    ...(e.hashed ? { sha256: sha256Hex(`${sample.id}/${checkId}/${e.title}/${e.document ?? e.link ?? ''}`) } : {}),
  };
}

/**
 * Builds the assessment a sample describes over the given template, and refuses a sample that
 * answers a check the template hides or lacks, or leaves a visible check unanswered.
 */
export function buildAssessment(sample: SampleDefinition, template: Template): Assessment {
  const known = new Set(template.checks.map((c) => c.id));
  const stray = Object.keys(sample.answers).filter((id) => !known.has(id));
  if (stray.length > 0) throw new Error(`${sample.fileName}: answers checks the template does not have: ${stray.join(', ')}`);

  const start = Date.parse(sample.answeredFrom);
  const answers: AssessmentInput['answers'] = {};
  let n = 0;
  for (const check of template.checks) {
    const a = sample.answers[check.id];
    if (!a) continue;
    const at = a.at ?? new Date(start + n * MINUTES_BETWEEN_ANSWERS * 60_000).toISOString();
    n++;
    if (Date.parse(at) > Date.parse(sample.updatedAt)) throw new Error(`${sample.fileName}: ${check.id} is stamped after updatedAt`);
    const notes = [
      ...(a.shared ?? []).map((text) => ({ text, visibility: 'shared' as const })),
      ...(a.internal ?? []).map((text) => ({ text, visibility: 'internal' as const })),
    ].map((note, i) => ({ id: `${check.id}.note-${i + 1}`, ...note, createdAt: at }));
    answers[check.id] = {
      response: a.response,
      ...(a.value !== undefined ? { value: a.value } : {}),
      notes,
      evidence: (a.evidence ?? []).map((e, i) => evidenceInput(sample, check.id, e, i + 1)),
      updatedAt: at,
    };
  }

  const assessment = Assessment.parse({
    id: sample.id,
    template,
    profile: sample.profile,
    answers,
    dataPath: sample.dataPath.map((hop, i) => ({ id: `hop-${i + 1}`, ...hop })),
    providers: sample.providers.map((provider, i) => ({ id: `provider-${i + 1}`, ...provider })),
    decision: {
      ...sample.decision,
      conditions: sample.decision.conditions.map((c, i) => ({ id: `condition-${i + 1}`, ...c })),
    },
    createdAt: sample.createdAt,
    updatedAt: sample.updatedAt,
    history: sample.history,
  } satisfies AssessmentInput);

  const problems = assessmentProblems(assessment);
  if (problems.length > 0) throw new Error(`${sample.fileName}: ${problems.map((p) => p.message).join('; ')}`);
  const visible = new Set(visibleChecks(assessment.template, assessment.profile, assessment.answers).map((c) => c.id));
  const hidden = Object.keys(assessment.answers).filter((id) => !visible.has(id));
  const missing = [...visible].filter((id) => !(id in assessment.answers));
  if (hidden.length > 0) throw new Error(`${sample.fileName}: answers checks its profile hides: ${hidden.join(', ')}`);
  if (missing.length > 0) throw new Error(`${sample.fileName}: leaves visible checks unanswered: ${missing.join(', ')}`);
  return assessment;
}

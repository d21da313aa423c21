import type { Answer, Assessment, Response, RetiredAnswer } from './assessment-schema';
import type { HistoryEntry } from './history';
import type { Check, CheckOption, Template } from './template-schema';

// Moving an assessment to a newer version of its template. The plan is pure data (codes and ids) that
// the CLI and the window word; applying it never drops anything the user wrote: what no longer fits
// the new template goes to the assessment's `retired` list with the prompt and labels it was given under.

/** Why an answer needs a second look after an upgrade. */
export type FlagReason =
  /** A chosen option is gone: that part of the response was cleared (and kept under `retired`). */
  | 'option-removed'
  /** A chosen option's label or risk level changed. */
  | 'option-changed'
  /** The check offers options it did not offer before: one of them may fit better. */
  | 'options-added'
  /** The captured figure, date or text no longer fits the check: it was cleared (and kept under `retired`). */
  | 'value-cleared';

/** An answer kept on its check but flagged for review. */
export interface FlaggedAnswer {
  checkId: string;
  reasons: FlagReason[];
  /** Whether the response was cleared (every chosen option is gone). */
  cleared: boolean;
}

/** What upgrading an assessment to a newer template version does, answer by answer. */
export interface UpgradePlan {
  templateId: string;
  from: string;
  to: string;
  /** Answers carried over unchanged (their check and options still exist). */
  kept: string[];
  /** Checks new in this version, left unanswered. */
  added: string[];
  /** Answers carried over that need review; see each one's reasons. */
  flagged: FlaggedAnswer[];
  /** Answers of checks this version no longer has: they move to the assessment's `retired` list. */
  removed: string[];
}

/** Why an assessment cannot be upgraded to a template. */
export type UpgradeRefusal =
  { code: 'different-template'; assessmentTemplate: string; template: string } | { code: 'not-newer'; from: string; to: string };

/** A plan, or why there is none. */
export type UpgradePlanResult = { ok: true; plan: UpgradePlan } | { ok: false; refusal: UpgradeRefusal };

/** Compares two `major.minor.patch` versions: negative when a is older, 0 when equal, positive when newer. */
export function compareTemplateVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The newest of the offered templates that has the same id as, and a newer version than, the current one. */
export function newerTemplate<T extends { id: string; version: string }>(
  current: { id: string; version: string },
  offered: readonly T[],
): T | undefined {
  let best: T | undefined;
  for (const t of offered) {
    if (t.id !== current.id || compareTemplateVersions(t.version, current.version) <= 0) continue;
    if (!best || compareTemplateVersions(t.version, best.version) > 0) best = t;
  }
  return best;
}

const chosenOptions = (r: Response | undefined): string[] => (r?.kind === 'option' ? [r.option] : r?.kind === 'options' ? r.options : []);

const sameOption = (a: CheckOption, b: CheckOption) => a.label === b.label && a.risk === b.risk;

const valueFits = (value: Answer['value'], check: Check): boolean => {
  if (value === undefined) return true;
  const capture = check.capture;
  if (!capture) return false;
  if (capture.kind === 'number') return typeof value === 'number';
  if (capture.kind === 'date') return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return typeof value === 'string';
};

interface AnswerOutcome {
  answer: Answer;
  reasons: FlagReason[];
  cleared: boolean;
  /** What was taken off the answer, if anything. */
  retired?: { response?: Response; value?: Answer['value']; optionLabels: string[] };
}

/** How one answer carries over to the new version of its check. */
function carryOver(answer: Answer, before: Check, after: Check): AnswerOutcome {
  const reasons: FlagReason[] = [];
  const chosen = chosenOptions(answer.response);
  const afterOptions = new Map(after.options.map((o) => [o.id, o]));
  const beforeOptions = new Map(before.options.map((o) => [o.id, o]));
  const surviving = chosen.filter((id) => afterOptions.has(id));
  let response = answer.response;
  let cleared = false;
  let retiredResponse: Response | undefined;

  if (chosen.length > 0) {
    if (surviving.length < chosen.length) reasons.push('option-removed');
    if (
      surviving.some((id) => {
        const was = beforeOptions.get(id);
        const now = afterOptions.get(id);
        return was !== undefined && now !== undefined && !sameOption(was, now);
      })
    )
      reasons.push('option-changed');
    if (after.options.some((o) => !beforeOptions.has(o.id))) reasons.push('options-added');
    // A multi-choice answer on a check that became single-choice keeps one option only if one is left.
    const single = after.select !== 'multi';
    const fits = single ? surviving.length === 1 : surviving.length > 0;
    if (surviving.length < chosen.length || (single && answer.response?.kind === 'options')) {
      retiredResponse = answer.response;
      if (!fits) {
        response = undefined;
        cleared = true;
        if (!reasons.includes('option-removed')) reasons.push('option-removed');
      } else {
        response = single ? { kind: 'option', option: surviving[0] } : { kind: 'options', options: surviving };
      }
    }
  }

  let value = answer.value;
  let retiredValue: Answer['value'];
  if (!valueFits(value, after)) {
    retiredValue = value;
    value = undefined;
    reasons.push('value-cleared');
  }

  const next: Answer = { notes: answer.notes, evidence: answer.evidence };
  if (answer.updatedAt !== undefined) next.updatedAt = answer.updatedAt;
  if (response) next.response = response;
  if (value !== undefined) next.value = value;
  const outcome: AnswerOutcome = { answer: next, reasons, cleared };
  if (retiredResponse !== undefined || retiredValue !== undefined) {
    outcome.retired = {
      ...(retiredResponse ? { response: retiredResponse } : {}),
      ...(retiredValue !== undefined ? { value: retiredValue } : {}),
      optionLabels: chosen.map((id) => beforeOptions.get(id)?.label ?? id),
    };
  }
  return outcome;
}

/** Plans the upgrade of an assessment to a newer version of its template; refuses another template or an older version. */
export function planUpgrade(assessment: Assessment, template: Template): UpgradePlanResult {
  const old = assessment.template;
  if (old.id !== template.id)
    return { ok: false, refusal: { code: 'different-template', assessmentTemplate: old.id, template: template.id } };
  if (compareTemplateVersions(template.version, old.version) <= 0)
    return { ok: false, refusal: { code: 'not-newer', from: old.version, to: template.version } };
  return { ok: true, plan: walk(assessment, template).plan };
}

// Lists and the retired list follow the checklist's order, whatever order the file kept its answers in.
function answersInTemplateOrder(assessment: Assessment): [string, Answer][] {
  const order = new Map(assessment.template.checks.map((c, i) => [c.id, i]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return Object.entries(assessment.answers).sort(([a], [b]) => rank(a) - rank(b));
}

function walk(assessment: Assessment, template: Template) {
  const before = new Map(assessment.template.checks.map((c) => [c.id, c]));
  const after = new Map(template.checks.map((c) => [c.id, c]));
  const plan: UpgradePlan = {
    templateId: template.id,
    from: assessment.template.version,
    to: template.version,
    kept: [],
    added: template.checks.filter((c) => !before.has(c.id)).map((c) => c.id),
    flagged: [],
    removed: [],
  };
  const outcomes = new Map<string, AnswerOutcome>();
  for (const [checkId, answer] of answersInTemplateOrder(assessment)) {
    const was = before.get(checkId);
    const now = after.get(checkId);
    if (!now || !was) {
      plan.removed.push(checkId);
      continue;
    }
    const outcome = carryOver(answer, was, now);
    outcomes.set(checkId, outcome);
    if (outcome.reasons.length === 0) plan.kept.push(checkId);
    else plan.flagged.push({ checkId, reasons: outcome.reasons, cleared: outcome.cleared });
  }
  return { plan, outcomes };
}

/** Who upgrades, and when (an ISO timestamp): the core never reads the clock. */
export interface UpgradeStamp {
  at: string;
  by: string;
}

/**
 * The assessment on the new template version: kept and flagged answers carried over with every note and
 * piece of evidence, what no longer fits moved to `retired`, and a `template-upgraded` history entry.
 * Refuses as `planUpgrade` does.
 */
export function applyUpgrade(
  assessment: Assessment,
  template: Template,
  stamp: UpgradeStamp,
): { ok: true; assessment: Assessment; plan: UpgradePlan } | { ok: false; refusal: UpgradeRefusal } {
  const checked = planUpgrade(assessment, template);
  if (!checked.ok) return checked;
  const { plan, outcomes } = walk(assessment, template);
  const before = new Map(assessment.template.checks.map((c) => [c.id, c]));
  const answers: Assessment['answers'] = {};
  const retired: RetiredAnswer[] = [...(assessment.retired ?? [])];
  const base = (checkId: string) => {
    const check = before.get(checkId);
    return { checkId, templateVersion: plan.from, prompt: check?.prompt ?? checkId, retiredAt: stamp.at };
  };
  for (const [checkId, answer] of answersInTemplateOrder(assessment)) {
    const outcome = outcomes.get(checkId);
    if (!outcome) {
      const check = before.get(checkId);
      const labels = chosenOptions(answer.response).map((id) => check?.options.find((o) => o.id === id)?.label ?? id);
      retired.push({
        ...base(checkId),
        reason: 'check-removed',
        optionLabels: labels,
        ...(answer.response ? { response: answer.response } : {}),
        ...(answer.value !== undefined ? { value: answer.value } : {}),
        notes: answer.notes,
        evidence: answer.evidence,
      });
      continue;
    }
    answers[checkId] = outcome.answer;
    if (outcome.retired) retired.push({ ...base(checkId), reason: 'answer-cleared', ...outcome.retired, notes: [], evidence: [] });
  }
  const entry: HistoryEntry = {
    at: stamp.at,
    by: stamp.by,
    event: {
      kind: 'template-upgraded',
      template: template.id,
      from: plan.from,
      to: plan.to,
      kept: plan.kept.length,
      added: plan.added.length,
      flagged: plan.flagged.length,
      retired: plan.removed.length,
    },
  };
  return {
    ok: true,
    plan,
    assessment: {
      ...assessment,
      template,
      answers,
      ...(retired.length > 0 ? { retired } : {}),
      updatedAt: stamp.at,
      history: [...assessment.history, entry],
    },
  };
}

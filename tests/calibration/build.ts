// Turns a calibration case into an assessment over the bundled default template, in either state.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Assessment, type AssessmentInput } from '../../src/core/assessment-schema';
import { visibleChecks } from '../../src/core/engine/visibility';
import type { HopJurisdiction } from '../../src/core/jurisdiction';
import { RISK_RANK } from '../../src/core/risk';
import { Template, type Check } from '../../src/core/template-schema';
import type { CalibrationCase, CaseJurisdiction, Posture } from './cases';

/** The bundled default template, parsed. */
export const DEFAULT_TEMPLATE: Template = Template.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../templates/ai-vendor-risk.json', import.meta.url)), 'utf8')),
);

/** The option a vendor's reply stands for under a posture: the riskiest at or below it, never a refusal. */
export function postureOption(check: Check, posture: Posture): string {
  const candidates = check.options.filter((o) => o.id !== 'will-not-say' && RISK_RANK[o.risk] <= RISK_RANK[posture]);
  const best = candidates.reduce((a, b) => (RISK_RANK[b.risk] > RISK_RANK[a.risk] ? b : a), candidates[0] ?? check.options[0]);
  return best.id;
}

function jurisdiction(j: CaseJurisdiction): HopJurisdiction {
  if (j.startsWith('eu:')) return { code: 'eu', memberState: j.slice(3) as 'DE' };
  if (j.startsWith('other:')) return { code: 'other', name: j.slice(6) };
  return { code: j as 'eu' | 'uk' | 'us' | 'ch' };
}

function responseOf(spec: string): NonNullable<AssessmentInput['answers'][string]['response']> {
  if (spec === 'unknown') return { kind: 'unknown' };
  if (spec.startsWith('na:')) return { kind: 'not-applicable', reason: spec.slice(3).trim() };
  return { kind: 'option', option: spec };
}

/** Builds a case as an assessment: "public" leaves the vendor's silence unknown, "answered" fills it in. */
export function buildCase(c: CalibrationCase, state: 'public' | 'answered', template: Template = DEFAULT_TEMPLATE): Assessment {
  const at = '2026-11-30T09:00:00.000Z';
  const answers: AssessmentInput['answers'] = {};
  const profile = { vendor: '', service: '', ...c.profile };
  // Visibility can depend on earlier answers, so answer in template order against the growing set.
  const given: Record<string, string> = state === 'public' ? c.facts : { ...c.replies, ...c.facts };
  for (const id of Object.keys(given)) {
    if (!template.checks.some((x) => x.id === id)) throw new Error(`${c.id}: no check "${id}" in the template`);
  }
  const parsed = Assessment.parse({
    id: '00000000-0000-4000-8000-000000000000',
    template,
    profile,
    answers: {},
    createdAt: at,
    updatedAt: at,
  } satisfies AssessmentInput);
  for (const check of template.checks) {
    const shown = visibleChecks(template, parsed.profile, Assessment.shape.answers.parse(answers)).some((x) => x.id === check.id);
    if (!shown) continue;
    const spec = given[check.id] ?? (state === 'public' ? 'unknown' : postureOption(check, c.posture));
    answers[check.id] = { response: responseOf(spec), updatedAt: at };
  }
  return Assessment.parse({
    ...parsed,
    answers,
    dataPath: c.hops.map((h, i) => ({
      id: `hop-${i + 1}`,
      component: h.component,
      operator: h.operator,
      region: h.region,
      jurisdictions: h.jurisdictions.map(jurisdiction),
      dataKinds: h.dataKinds,
      retention: h.retention,
      ...(h.offByPolicy ? { offByPolicy: { evidence: h.offByPolicy } } : {}),
    })),
  } satisfies AssessmentInput);
}

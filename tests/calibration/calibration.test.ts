import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The calibration suite: realistic cases stay in the band a reviewer gives them, one-fact pairs keep
// discriminating, and the method keeps the properties a board relies on, over the default template.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Assessment, type AssessmentInput } from '../../src/core/assessment-schema';
import { evaluate, type Evaluation } from '../../src/core/engine/evaluate';
import { visibleChecks } from '../../src/core/engine/visibility';
import { RATINGS, RISK_RANK, compareRatings, type Rating } from '../../src/core/risk';
import type { Check } from '../../src/core/template-schema';
import { DEFAULT_TEMPLATE, postureOption } from './build';
import { PAIRS } from './cases';
import { calibrationRows, calibrationTable, pairResults } from './table';

const template = DEFAULT_TEMPLATE;
const rows = calibrationRows();

describe('calibration cases', () => {
  it.each(rows.map((r) => [`${r.id} (${r.state})`, r] as const))('%s lands in its expected band', (_, row) => {
    expect(row.expected).toContain(row.evaluation.overall.rating);
  });

  it.each(pairResults(rows).map((p) => [`${p.fact} (${p.state})`, p] as const))('%s: the pair differs in band', (_, p) => {
    expect(compareRatings(p.riskierRating ?? 'low', p.saferRating ?? 'low')).toBeGreaterThan(0);
  });

  it('marks every public-facts case provisional and every fully answered case firm', () => {
    for (const r of rows.filter((x) => x.state === 'public')) expect(r.evaluation.overall.provisional, r.id).toBe(true);
    for (const r of rows.filter((x) => x.state === 'answered')) expect(r.evaluation.overall.provisional, r.id).toBe(false);
  });

  it('counts the open and blocking questions beside a public-facts rating', () => {
    const copilot = rows.find((r) => r.id === 'copilot-maker-on' && r.state === 'public')?.evaluation;
    expect(copilot?.overall.openQuestions).toBe(copilot?.openQuestions.length);
    expect(copilot?.overall.openQuestions).toBeGreaterThan(30);
    expect(copilot?.overall.blockingQuestions).toBeGreaterThan(0);
  });

  it('prints a table with a row per case and state, and one per pair', () => {
    const table = calibrationTable();
    expect(table.split('\n').filter((l) => / \| (public|answered|file) \| /.test(l))).toHaveLength(rows.length + PAIRS.length);
    expect(table).not.toContain('| NO |');
  });

  it('is the table SCORING.md shows (run `npm run --silent calibration` and paste it after a method change)', () => {
    const norm = (t: string) =>
      t
        .replace(/ *\| */g, '|')
        .replace(/-{3,}/g, '---')
        .trim();
    const doc = readFileSync(fileURLToPath(new URL('../../src/core/engine/SCORING.md', import.meta.url)), 'utf8');
    expect(norm(doc)).toContain(norm(calibrationTable()));
  });
});

// Profiles over every triage choice the default template offers.
const choice = (id: string) => {
  const q = template.triage.find((x) => x.id === id);
  return (q?.options ?? []).map((o) => o.id);
};
const profileArb = fc.record({
  offering: fc.constantFrom(...choice('offering')),
  data: fc.subarray(choice('data'), { minLength: 1 }),
  users: fc.constantFrom(...choice('users')),
  actions: fc.constantFrom(...choice('actions')),
  sector: fc.constantFrom(...choice('sector')),
  jurisdictions: fc.subarray(choice('jurisdictions'), { minLength: 1 }),
});
type ProfileChoice = Record<string, string | string[]>;

function assess(profile: ProfileChoice, answer: (check: Check, index: number) => string): Assessment {
  const at = '2026-11-30T09:00:00.000Z';
  const base = Assessment.parse({
    id: '00000000-0000-4000-8000-000000000001',
    template,
    profile: { vendor: 'V', service: 'S', ...profile },
    answers: {},
    createdAt: at,
    updatedAt: at,
  } satisfies AssessmentInput);
  const answers: AssessmentInput['answers'] = {};
  visibleChecks(template, base.profile, {}).forEach((check, i) => {
    const spec = answer(check, i);
    answers[check.id] = { response: spec === 'unknown' ? { kind: 'unknown' } : { kind: 'option', option: spec } };
  });
  return Assessment.parse({ ...base, answers });
}

const rank = (r: Rating | null) => (r === null ? -1 : RATINGS.indexOf(r));
const notWorse = (a: Evaluation, b: Evaluation) =>
  (a.overall.score ?? 0) <= (b.overall.score ?? 0) + 1e-9 && rank(a.overall.rating) <= rank(b.overall.rating);

describe('properties of the method over the default template', () => {
  it('rates low for any triage when every answer is the lowest option and no hop is outside', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const e = evaluate(assess(profile, (c) => postureOption(c, 'none')));
        expect(e.overall.rating).toBe('low');
        expect(e.findings).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('rates medium or high when every answer is its medium option, never critical without a knock-out', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const e = evaluate(assess(profile, (c) => postureOption(c, 'medium')));
        expect(e.knockouts).toEqual([]);
        expect(['medium', 'high']).toContain(e.overall.rating);
      }),
      { numRuns: 60 },
    );
  });

  // Random answers: an option index (wrapped per check) or unknown.
  const answersArb = fc.array(fc.oneof(fc.nat(20), fc.constant(-1)), { minLength: 80, maxLength: 80 });
  const pick = (codes: number[]) => (c: Check, i: number) => {
    const code = codes[i] ?? 0;
    return code < 0 ? 'unknown' : (c.options[code % c.options.length]?.id ?? 'unknown');
  };

  it('never raises the score or the rating when one answer moves to a less risky option', () => {
    fc.assert(
      fc.property(profileArb, answersArb, fc.nat(200), (profile, codes, which) => {
        const before = assess(profile, pick(codes));
        const visible = visibleChecks(template, before.profile, before.answers);
        const check = visible[which % visible.length];
        const r = check ? before.answers[check.id]?.response : undefined;
        if (!check || r?.kind !== 'option') return;
        const current = check.options.find((o) => o.id === r.option);
        const safer = check.options.filter((o) => current && RISK_RANK[o.risk] < RISK_RANK[current.risk]);
        for (const o of safer) {
          const after = {
            ...before,
            answers: {
              ...before.answers,
              [check.id]: { ...before.answers[check.id], response: { kind: 'option' as const, option: o.id } },
            },
          };
          expect(notWorse(evaluate(Assessment.parse(after)), evaluate(before))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never raises anything when an unknown is resolved to the best option', () => {
    fc.assert(
      fc.property(profileArb, answersArb, fc.nat(200), (profile, codes, which) => {
        const before = assess(profile, pick(codes));
        const unknowns = Object.entries(before.answers).filter(([, a]) => a.response?.kind === 'unknown');
        const entry = unknowns[which % Math.max(1, unknowns.length)];
        if (!entry) return;
        const check = template.checks.find((c) => c.id === entry[0]);
        if (!check) return;
        const best = check.options.reduce((a, b) => (RISK_RANK[b.risk] < RISK_RANK[a.risk] ? b : a));
        const after = Assessment.parse({
          ...before,
          answers: { ...before.answers, [check.id]: { response: { kind: 'option', option: best.id } } },
        });
        const e0 = evaluate(before);
        const e1 = evaluate(after);
        if (e0.overall.rating !== null) expect(notWorse(e1, e0)).toBe(true);
        expect(e1.overall.openQuestions).toBeLessThan(e0.overall.openQuestions);
        expect(e1.overall.blockingQuestions).toBeLessThanOrEqual(e0.overall.blockingQuestions);
        expect(e1.findings.length).toBeLessThanOrEqual(e0.findings.length);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a trace that adds up to the score', () => {
    fc.assert(
      fc.property(profileArb, answersArb, (profile, codes) => {
        const e = evaluate(assess(profile, pick(codes)));
        const sum = e.trace.reduce((s, t) => s + t.contribution, 0);
        if (e.overall.score === null) expect(e.trace).toEqual([]);
        else expect(Math.abs(sum - e.overall.score)).toBeLessThanOrEqual(0.05 + 1e-9); // the score is rounded to one decimal
      }),
      { numRuns: 100 },
    );
  });
});

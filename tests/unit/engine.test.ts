import { describe, expect, it } from 'vitest';
import { Assessment, type DataPathHopInput } from '../../src/core/assessment-schema';
import { evaluate, ratingForScore } from '../../src/core/engine/evaluate';
import { gradedCheck, miniAssessment, miniTemplate, miniTemplateInput } from '../support/builders';

const withHops = (a: Assessment, hops: Omit<DataPathHopInput, 'id'>[]): Assessment =>
  Assessment.parse({ ...a, dataPath: hops.map((h, i) => ({ id: `hop-${i + 1}`, ...h })) });

describe('visibility', () => {
  it('shows a check whose condition on the profile holds, and hides it otherwise', () => {
    expect(evaluate(miniAssessment({}, { data: ['public'] })).visibleCheckIds).not.toContain('region-02');
    expect(evaluate(miniAssessment({}, { data: ['public', 'personal'] })).visibleCheckIds).toContain('region-02');
  });

  it('shows a follow-up check only when the earlier answer calls for it', () => {
    expect(evaluate(miniAssessment({ 'identity-01': 'bad' })).visibleCheckIds).not.toContain('identity-02');
    expect(evaluate(miniAssessment({ 'identity-01': 'good' })).visibleCheckIds).toContain('identity-02');
  });

  it('ignores answers to hidden checks in scores and findings', () => {
    const e = evaluate(miniAssessment({ 'region-02': 'bad' }, { data: ['public'] }));
    expect(e.findings).toEqual([]);
    expect(e.progress.answered).toBe(0);
  });
});

describe('progress and open questions', () => {
  it('counts known, unknown, not applicable and unanswered checks, and the coverage', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'good', 'identity-01': 'unknown' }));
    expect(e.progress).toEqual({
      visible: 2,
      answered: 2,
      known: 1,
      unknown: 1,
      notApplicable: 0,
      missingReason: 0,
      unanswered: 0,
      coverage: 0.5,
    });
  });

  it('counts "not applicable" without a reason as unanswered and flags it with a code', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'na:', 'identity-01': 'na:Service has no logins' }));
    expect(e.progress).toMatchObject({ answered: 1, notApplicable: 1, missingReason: 1, unanswered: 1 });
    expect(e.flags).toEqual([{ checkId: 'region-01', code: 'not-applicable-without-reason' }]);
  });

  it('leaves "unknown" out of the score: it is an open question, not a high answer', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'unknown', 'identity-01': 'good', 'identity-02': 'good' }));
    expect(e.overall).toMatchObject({ score: 0, rating: 'low', openQuestions: 1, blockingQuestions: 0 });
    expect(e.findings).toEqual([]);
    expect(e.openQuestions).toEqual([
      { kind: 'check', checkId: 'region-01', areaId: 'region', state: 'unknown', blocking: false, weight: 1 },
    ]);
  });

  it('says "not rated yet" (null) while nothing is known, never "0, low"', () => {
    const fresh = evaluate(miniAssessment({}));
    expect(fresh.overall).toMatchObject({ score: null, rating: null, scoreRating: null, provisional: true, openQuestions: 2 });
    expect(fresh.areas.map((a) => a.score)).toEqual([null, null]);
    const allUnknown = evaluate(miniAssessment({ 'region-01': 'unknown', 'identity-01': 'unknown' }));
    expect(allUnknown.overall.rating).toBeNull();
  });

  it('makes a knock-out check that is unknown or unanswered a blocking question, not a rating floor', () => {
    const input = miniTemplateInput();
    const ko = input.checks[2]?.knockout;
    if (ko) ko.onUnknown = true;
    const template = miniTemplate();
    const base = miniAssessment({ 'region-01': 'good', 'identity-01': 'unknown' });
    const e = evaluate({ ...base, template: { ...template, checks: Assessment.shape.template.parse(input).checks } });
    expect(e.knockouts).toEqual([]);
    expect(e.overall).toMatchObject({ rating: 'low', blockingQuestions: 1, provisional: true });
    expect(e.openQuestions[0]).toMatchObject({ checkId: 'identity-01', blocking: true, knockoutId: 'ko-no-sso' });
  });

  it('is provisional below 80% coverage and firm at or above it', () => {
    expect(evaluate(miniAssessment({ 'region-01': 'good', 'identity-01': 'unknown' })).overall.provisional).toBe(true);
    expect(evaluate(miniAssessment({ 'region-01': 'good', 'identity-01': 'bad' })).overall.provisional).toBe(false);
  });
});

describe('scores', () => {
  it('scores 0 (no identified risk) when every answer is good', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'good', 'identity-01': 'good', 'identity-02': 'good' }));
    expect(e.overall).toMatchObject({ score: 0, rating: 'low', scoreRating: 'low', provisional: false });
    expect(e.findings).toEqual([]);
  });

  it('sets the inherent tier from the most sensitive triage choice, not a product of them', () => {
    const e = evaluate(miniAssessment({}, { data: ['public', 'personal'], actions: 'autonomous' }));
    expect(e.inherent.tier).toBe('very-high');
    expect(e.inherent.sources.map((s) => s.option)).toEqual(['personal', 'autonomous']);
    expect(evaluate(miniAssessment({})).inherent).toEqual({ tier: 'low', sources: [] });
  });

  it('scales risky answers by the tier, never low or none answers', () => {
    const plain = evaluate(miniAssessment({ 'region-01': 'partial' }));
    const sensitive = evaluate(miniAssessment({ 'region-01': 'partial' }, { data: ['personal'] }));
    expect(plain.overall.score).toBe(35);
    expect(sensitive.overall.score).toBe(45.5); // 35 x 1.3
  });

  it('keeps a trace whose contributions add up to the overall score', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'partial', 'region-02': 'bad', 'identity-01': 'unknown' }, { data: ['personal'] }));
    const sum = e.trace.reduce((s, t) => s + t.contribution, 0);
    expect(sum).toBeCloseTo(e.overall.score ?? -1, 1);
    expect(e.trace.map((t) => t.id)).toEqual(['region-01', 'region-02']);
  });

  it('maps scores to ratings at the template thresholds', () => {
    const s = miniTemplate().scoring;
    expect([0, 19.9, 20, 39.9, 40, 59.9, 60, 100].map((x) => ratingForScore(x, s))).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });

  it('depends on the answers, not on the order they were given in, and leaves the assessment untouched', () => {
    const a = miniAssessment({ 'region-01': 'partial', 'identity-01': 'unknown', 'region-02': 'bad', 'identity-02': 'good' });
    const reordered = { ...a, answers: Object.fromEntries(Object.entries(a.answers).reverse()) };
    expect(Object.keys(reordered.answers)).not.toEqual(Object.keys(a.answers));
    const expected = evaluate(a);
    // Frozen all the way down: a write to the input throws in strict mode.
    const freeze = (v: unknown): unknown => {
      if (v && typeof v === 'object') for (const x of Object.values(Object.freeze(v))) freeze(x);
      return v;
    };
    expect(evaluate(freeze(reordered) as typeof a)).toEqual(expected);
  });
});

describe('findings, severity and the rating', () => {
  it('rates by the worst finding on a material check, read through the risk matrix', () => {
    // region-02 weighs 2 (material): a high answer at a very-high tier is a high finding.
    const e = evaluate(miniAssessment({ 'region-01': 'good', 'region-02': 'bad', 'identity-01': 'good' }, { data: ['personal'] }));
    expect(e.findings[0]).toMatchObject({ kind: 'check', checkId: 'region-02', level: 'high', severity: 'high' });
    expect(e.overall).toMatchObject({ rating: 'high', findingRating: 'high' });
    expect(e.overall.scoreRating).toBe('medium');
    expect(e.overall.drivers).toEqual([{ kind: 'finding', finding: e.findings[0] }]);
  });

  it('lets one finding on a lesser check set the rating only with a second as severe', () => {
    const answers = { 'region-01': 'bad', 'region-02': 'good', 'identity-01': 'good', 'identity-02': 'good' };
    const one = evaluate(miniAssessment(answers, { data: ['personal'] }));
    expect(one.findings[0]).toMatchObject({ checkId: 'region-01', severity: 'medium' });
    expect(one.overall).toMatchObject({ findingRating: null, rating: 'low' });
    const two = evaluate(miniAssessment({ ...answers, 'identity-02': 'bad' }, { data: ['personal'] }));
    expect(two.overall.findingRating).toBe('medium');
    expect(two.overall.rating).toBe('medium');
  });

  it('never turns a low or none answer into a finding', () => {
    const input = miniTemplateInput();
    input.checks.push({
      ...gradedCheck('region-09', 'region', { weight: 10 }),
      options: [
        { id: 'good', label: 'Yes', risk: 'none' },
        { id: 'minor', label: 'Mostly', risk: 'low' },
        { id: 'bad', label: 'No', risk: 'high', recommendation: { mitigation: 'Fix it now.', clause: 'The Supplier shall fix it.' } },
      ],
    });
    const a = Assessment.parse({
      ...miniAssessment(),
      template: input,
      answers: { 'region-09': { response: { kind: 'option', option: 'minor' } } },
    });
    const e = evaluate({ ...a, profile: { ...a.profile, data: ['personal'], actions: 'autonomous' } });
    expect(e.findings).toEqual([]);
    expect(e.overall.rating).toBe('low');
  });

  it('a knock-out that fires on a real answer sets a floor whatever the average', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'good', 'identity-01': 'bad' }));
    expect(e.overall.rating).toBe('critical');
    expect(e.knockouts).toEqual([
      { id: 'ko-no-sso', minRating: 'critical', why: 'Without SSO leavers keep access.', checkIds: ['identity-01'] },
    ]);
    expect(e.findings[0]).toMatchObject({ checkId: 'identity-01', knockoutId: 'ko-no-sso' });
    expect(e.overall.drivers[0]).toEqual({ kind: 'knockout', knockoutId: 'ko-no-sso', checkIds: ['identity-01'] });
  });

  it('carries the chosen option’s recommendation and the captured figure into the finding', () => {
    const a = miniAssessment({ 'identity-01': 'good', 'identity-02': 'bad' });
    a.answers['identity-02'] = { ...a.answers['identity-02'], value: 30 };
    expect(evaluate(a).findings[0]).toMatchObject({
      checkId: 'identity-02',
      value: 30,
      recommendations: [{ mitigation: 'Mitigate identity-02 when the answer is bad.' }],
    });
  });

  it('lists a low answer that holds only while a setting is kept as a condition to keep', () => {
    const input = miniTemplateInput();
    const opts = input.checks[0]?.options;
    opts?.splice(1, 0, { id: 'off', label: 'Excluded, switched off', risk: 'low', keep: 'Keep the excluded feature switched off.' });
    const a = Assessment.parse({
      ...miniAssessment(),
      template: input,
      answers: { 'region-01': { response: { kind: 'option', option: 'off' } } },
    });
    expect(evaluate(a).keep).toEqual([
      { kind: 'option', checkId: 'region-01', optionId: 'off', text: 'Keep the excluded feature switched off.' },
    ]);
  });
});

describe('the data path counts', () => {
  const euOnly = { data: ['public'], jurisdictions: ['eu'] };
  const answered = { 'region-01': 'good', 'identity-01': 'good', 'identity-02': 'good' };

  it('scores a hop outside the required jurisdictions as a finding, never as a floor', () => {
    const a = withHops(miniAssessment(answered, euOnly), [
      { component: 'Inference', operator: 'Model maker', jurisdictions: [{ code: 'us' }] },
    ]);
    const e = evaluate(a);
    expect(e.findings).toEqual([
      expect.objectContaining({ kind: 'hop', hopId: 'hop-1', level: 'high', outsideOf: ['us'], required: ['eu'], weight: 2 }),
    ]);
    expect(e.trace.find((t) => t.kind === 'hop')).toMatchObject({ id: 'hop-1', scaled: 65 });
    expect(e.overall.rating).toBe('medium'); // a high item at the low tier
  });

  it('counts a member state as the EU, and marks an EU hop run under US law as outside', () => {
    const inside = evaluate(
      withHops(miniAssessment(answered, euOnly), [
        { component: 'App', operator: 'Vendor', jurisdictions: [{ code: 'eu', memberState: 'DE' }] },
      ]),
    );
    expect(inside.findings).toEqual([]);
    const both = evaluate(
      withHops(miniAssessment(answered, euOnly), [
        { component: 'App', operator: 'Vendor', jurisdictions: [{ code: 'eu' }, { code: 'us' }] },
      ]),
    );
    expect(both.findings[0]).toMatchObject({ kind: 'hop', outsideOf: ['us'] });
  });

  it('makes a hop with no jurisdiction an open question, and a hop switched off by policy neither', () => {
    const e = evaluate(
      withHops(miniAssessment(answered, euOnly), [
        { component: 'Search', operator: 'Partner', jurisdictions: [] },
        {
          component: 'Second maker',
          operator: 'Lab',
          jurisdictions: [{ code: 'us' }],
          offByPolicy: { evidence: 'Admin export 2026-10-02' },
        },
      ]),
    );
    expect(e.openQuestions).toEqual([{ kind: 'hop', hopId: 'hop-1', areaId: 'region', blocking: false }]);
    expect(e.findings).toEqual([]);
    expect(e.trace.some((t) => t.kind === 'hop')).toBe(false);
    expect(e.keep).toEqual([{ kind: 'hop', hopId: 'hop-2', component: 'Second maker', evidence: 'Admin export 2026-10-02' }]);
  });

  it('flags an answer that says data stays in region against a hop outside', () => {
    const input = miniTemplateInput();
    const good = input.checks[0]?.options[0];
    if (good) good.claimsInRegion = true;
    const a = Assessment.parse({
      ...miniAssessment(answered, euOnly),
      template: input,
      dataPath: [{ id: 'hop-1', component: 'Inference', operator: 'Lab', jurisdictions: [{ code: 'us' }] }],
    });
    expect(evaluate(a).contradictions).toEqual([{ checkId: 'region-01', optionId: 'good', hopId: 'hop-1', outsideOf: ['us'] }]);
  });

  it('judges nothing outside when the profile requires no jurisdiction', () => {
    const e = evaluate(withHops(miniAssessment(answered), [{ component: 'Inference', operator: 'Lab', jurisdictions: [{ code: 'us' }] }]));
    expect(e.findings).toEqual([]);
  });
});

describe('the worked example in src/core/engine/SCORING.md', () => {
  it('scores as documented', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'partial', 'region-02': 'good', 'identity-01': 'bad' }, { data: ['personal'] }));
    expect(e.inherent.tier).toBe('very-high');
    expect(e.areas.map((a) => [a.id, a.score, a.rating])).toEqual([
      ['region', 15.2, 'low'],
      ['identity', 84.5, 'critical'],
    ]);
    expect(e.findings.map((f) => [f.kind === 'check' ? f.checkId : '', f.level, f.severity])).toEqual([
      ['identity-01', 'high', 'medium'],
      ['region-01', 'medium', 'low'],
    ]);
    expect(e.overall).toMatchObject({ score: 49.8, scoreRating: 'high', findingRating: 'low', rating: 'critical' });
    expect(e.trace.map((t) => [t.id, Math.round(t.contribution * 100) / 100])).toEqual([
      ['region-01', 7.58],
      ['region-02', 0],
      ['identity-01', 42.25],
    ]);
  });

  it('and its variation: a low score lifted to critical by one knock-out', () => {
    const before = evaluate(miniAssessment({ 'region-01': 'bad', 'region-02': 'good', 'identity-01': 'good' }, { data: ['personal'] }));
    expect(before.overall).toMatchObject({ score: 14.1, rating: 'low' });
    const after = evaluate(miniAssessment({ 'region-01': 'bad', 'region-02': 'good', 'identity-01': 'bad' }, { data: ['personal'] }));
    expect(after.overall.rating).toBe('critical');
  });
});

describe('multi-choice checks', () => {
  it('score by the riskiest option chosen and fire a knock-out when any chosen option triggers it', () => {
    const input = miniTemplateInput();
    input.checks.push(
      gradedCheck('region-03', 'region', {
        select: 'multi',
        knockout: { id: 'ko-multi', options: ['bad'], onUnknown: false, minRating: 'critical', why: 'One bad route is enough.' },
      }),
    );
    const a = Assessment.parse({
      ...miniAssessment(),
      template: input,
      answers: { 'region-03': { response: { kind: 'options', options: ['good', 'partial'] }, notes: [], evidence: [] } },
    });
    const mild = evaluate(a);
    expect(mild.trace[0]).toMatchObject({ id: 'region-03', level: 'medium' });
    expect(mild.knockouts).toEqual([]);
    const worse = evaluate({
      ...a,
      answers: { 'region-03': { response: { kind: 'options', options: ['good', 'bad'] }, notes: [], evidence: [] } },
    });
    expect(worse.trace[0]).toMatchObject({ level: 'high' });
    expect(worse.knockouts.map((k) => k.id)).toEqual(['ko-multi']);
    expect(worse.findings[0]).toMatchObject({
      answer: 'Yes, in the contract; No',
      recommendations: [{ clause: 'The Supplier shall fix region-03 (bad).' }],
    });
  });
});

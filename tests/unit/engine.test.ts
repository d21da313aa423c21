import { describe, expect, it } from 'vitest';
import { evaluate, ratingForScore } from '../../src/core/engine/evaluate';
import { Assessment } from '../../src/core/assessment-schema';
import { gradedCheck, miniAssessment, miniTemplate, miniTemplateInput } from '../support/builders';

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
    expect(e.findings.map((f) => f.checkId)).not.toContain('region-02');
    expect(e.progress.answered).toBe(0);
  });
});

describe('progress', () => {
  it('counts answered, unknown, not applicable and unanswered checks', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'good', 'identity-01': 'unknown' }));
    expect(e.progress).toEqual({ visible: 2, answered: 2, unknown: 1, notApplicable: 0, missingReason: 0, unanswered: 0 });
  });

  it('counts "not applicable" without a reason as unanswered and flags it', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'na:', 'identity-01': 'na:Service has no logins' }));
    expect(e.progress.answered).toBe(1);
    expect(e.progress.notApplicable).toBe(1);
    expect(e.progress.missingReason).toBe(1);
    expect(e.progress.unanswered).toBe(1);
    expect(e.flags).toEqual([{ checkId: 'region-01', message: expect.stringMatching(/needs a reason/) as unknown }]);
  });
});

describe('scores', () => {
  it('scores 0 (no identified risk) when every answer is good', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'good', 'identity-01': 'good', 'identity-02': 'good' }));
    expect(e.overall).toEqual({ score: 0, rating: 'low', scoreRating: 'low' });
    expect(e.findings).toEqual([]);
  });

  it('scores "unknown" as high risk, never as neutral', () => {
    const unknown = evaluate(miniAssessment({ 'region-01': 'unknown' }));
    const bad = evaluate(miniAssessment({ 'region-01': 'bad' }));
    expect(unknown.areas[0]?.score).toBe(75);
    expect(unknown.areas[0]?.score).toBe(bad.areas[0]?.score);
    expect(unknown.findings[0]).toMatchObject({ checkId: 'region-01', unknown: true, answer: 'Unknown', level: 'high' });
  });

  it('weighs each area by its checks’ weights and the overall by the areas', () => {
    // region: region-01 medium (50, weight 1) + region-02 good (0, weight 2) => 50/3; identity: good => 0.
    const e = evaluate(
      miniAssessment({ 'region-01': 'partial', 'region-02': 'good', 'identity-01': 'good' }, { data: ['public', 'personal'] }),
    );
    // impact 1.5 from personal data: 75 / 3 = 25
    expect(e.impact.factor).toBe(1.5);
    expect(e.areas.find((a) => a.id === 'region')?.score).toBe(25);
    expect(e.areas.find((a) => a.id === 'identity')?.score).toBe(0);
    expect(e.overall.score).toBe(12.5);
  });

  it('raises scores with the triage impact, capped at the template maximum', () => {
    const plain = evaluate(miniAssessment({ 'region-01': 'partial' }));
    const heavy = evaluate(miniAssessment({ 'region-01': 'partial' }, { data: ['personal'], actions: 'autonomous' }));
    expect(plain.overall.score).toBe(50);
    expect(heavy.impact.factor).toBe(2); // 1.5 x 1.5 = 2.25, capped at 2
    expect(heavy.impact.sources.map((s) => s.option)).toEqual(['personal', 'autonomous']);
    expect(heavy.overall.score).toBe(100);
  });

  it('keeps a trace whose contributions add up to the overall score', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'partial', 'region-02': 'bad', 'identity-01': 'unknown' }, { data: ['personal'] }));
    const sum = e.trace.reduce((s, t) => s + t.contribution, 0);
    expect(sum).toBeCloseTo(e.overall.score, 0);
    expect(e.trace.map((t) => t.checkId)).toEqual(['region-01', 'region-02', 'identity-01']);
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

describe('knock-outs and findings', () => {
  it('a knock-out sets a floor under the rating whatever the average', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'good', 'identity-01': 'bad' }));
    expect(e.overall.scoreRating).toBe('medium');
    expect(e.overall.rating).toBe('critical');
    expect(e.knockouts).toEqual([
      { id: 'ko-no-sso', minRating: 'critical', why: 'Without SSO leavers keep access.', checkIds: ['identity-01'] },
    ]);
    expect(e.findings[0]).toMatchObject({ checkId: 'identity-01', knockoutId: 'ko-no-sso' });
  });

  it('does not fire a knock-out on "unknown" unless the template says so', () => {
    expect(evaluate(miniAssessment({ 'identity-01': 'unknown' })).knockouts).toEqual([]);
  });

  it('turns each risky answer into a finding with its recommendation, riskiest first', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'partial', 'identity-01': 'bad' }));
    expect(e.findings.map((f) => [f.checkId, f.level])).toEqual([
      ['identity-01', 'high'],
      ['region-01', 'medium'],
    ]);
    expect(e.findings[1]?.recommendations).toEqual([
      { mitigation: 'Mitigate region-01 when the answer is partial.', clause: 'The Supplier shall fix region-01 (partial).' },
    ]);
  });

  it('recommends for "unknown" what the worst option would need', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'unknown' }));
    expect(e.findings[0]?.recommendations[0]?.clause).toBe('The Supplier shall fix region-01 (bad).');
    expect(e.findings[0]?.evidence).toBe('Ask for the clause that covers region-01.');
  });

  it('carries the captured figure into the finding', () => {
    const a = miniAssessment({ 'identity-01': 'good', 'identity-02': 'bad' });
    a.answers['identity-02'] = { ...a.answers['identity-02'], value: 30 };
    expect(evaluate(a).findings[0]).toMatchObject({ checkId: 'identity-02', value: 30 });
  });
});

describe('the worked example in src/core/engine/SCORING.md', () => {
  it('scores as documented', () => {
    const e = evaluate(miniAssessment({ 'region-01': 'partial', 'region-02': 'good', 'identity-01': 'bad' }, { data: ['personal'] }));
    expect(e.areas.map((a) => [a.id, a.score, a.rating])).toEqual([
      ['region', 25, 'medium'],
      ['identity', 100, 'critical'],
    ]);
    expect(e.overall).toEqual({ score: 62.5, rating: 'critical', scoreRating: 'critical' });
    expect(e.trace.map((t) => [t.checkId, Math.round(t.contribution * 10) / 10])).toEqual([
      ['region-01', 12.5],
      ['region-02', 0],
      ['identity-01', 50],
    ]);
  });

  it('and its variation: a low average lifted to critical by one knock-out', () => {
    const before = evaluate(miniAssessment({ 'region-01': 'bad', 'region-02': 'good', 'identity-01': 'good' }, { data: ['personal'] }));
    expect(before.overall).toEqual({ score: 16.7, rating: 'low', scoreRating: 'low' });
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
    expect(mild.trace[0]).toMatchObject({ checkId: 'region-03', level: 'medium' });
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Assessment, DataPathHop } from '../../src/core/assessment-schema';
import { diffIsEmpty, diffRounds } from '../../src/core/round-diff';
import { diffSections } from '../../src/core/round-diff-words';
import { roundOf, startRound, type RoundView } from '../../src/core/rounds';
import { miniAssessment } from '../support/builders';
import { miniTemplateV2 } from '../support/upgrade-builders';

const AT = '2027-01-15T09:30:00.000Z';
const hop = (id: string, extra: Partial<DataPathHop> = {}): DataPathHop => ({
  id,
  component: `Component ${id}`,
  operator: 'Cloud A',
  region: 'EU West',
  jurisdictions: [{ code: 'eu' }],
  jurisdictionNote: '',
  dataKinds: ['prompts'],
  retention: '30 days',
  ...extra,
});

/** Round 1 (closed) and round 2 (open, everything carried) of the same assessment. */
function twoRounds(): { first: RoundView; second: Assessment } {
  const a = miniAssessment({ 'region-01': 'good', 'identity-01': 'good', 'identity-02': 'good' });
  a.answers['identity-02'] = { ...a.answers['identity-02'], value: 3, evidence: [{ id: 'e1', title: 'SSO guide' }] };
  a.template = {
    ...a.template,
    checks: a.template.checks.map((c) => (c.id === 'identity-01' ? { ...c, shortTitle: 'Single sign-on' } : c)),
  };
  a.dataPath = [hop('h1'), hop('h2')];
  a.providers = [{ id: 'p1', name: 'Cloud A', role: 'cloud', scope: 'EU West', jurisdictions: [] }];
  a.decision = { outcome: 'approve', rationale: '', conditions: [{ id: 'c1', text: 'Sign the DPA', owner: '' }], signOffs: [] };
  const second = startRound(a, undefined, { at: AT, by: '' });
  const first = roundOf(second, 1);
  if (!first) throw new Error('round 1 missing');
  return { first, second };
}

const diffOf = (first: RoundView, second: Assessment) => {
  const later = roundOf(second, second.round);
  if (!later) throw new Error('current round missing');
  return diffRounds(first, later);
};

describe('diffRounds', () => {
  it('finds nothing after a round that changed nothing, and says which rounds it compared', () => {
    const { first, second } = twoRounds();
    const d = diffOf(first, second);
    expect(diffIsEmpty(d)).toBe(true);
    expect([d.from.round, d.to.round]).toEqual([1, 2]);
    expect(diffSections(d)).toEqual([]);
  });

  it('reports a changed answer by short title and area with the option labels before and after, and the rating it moved', () => {
    const { first, second } = twoRounds();
    second.answers['identity-01'] = { ...second.answers['identity-01'], response: { kind: 'option', option: 'bad' } };
    const d = diffOf(first, second);
    expect(d.answers).toEqual([
      {
        checkId: 'identity-01',
        title: 'Single sign-on',
        area: 'Identity',
        before: { kind: 'options', labels: ['Yes, in the contract'] },
        after: { kind: 'options', labels: ['No'] },
      },
    ]);
    // The knock-out fires: the rating moves to critical and the score with it.
    expect(d.rating).toMatchObject({ from: 'low', to: 'critical' });
    expect(d.score).not.toBeNull();
    const words = diffSections(d);
    expect(words.find((s) => s.key === 'answers')?.lines).toEqual(['Single sign-on (Identity): was “Yes, in the contract”, now “No”.']);
    expect(words.find((s) => s.key === 'rating')?.lines[0]).toMatch(/^Rating: was Low.*, now Critical/);
    expect(words.flatMap((s) => s.lines).join(' ')).not.toContain('identity-01');
  });

  it('words unknown, not applicable and unanswered answers', () => {
    const { first, second } = twoRounds();
    second.answers['region-01'] = { notes: [], evidence: [], response: { kind: 'unknown' } };
    second.answers['identity-01'] = { notes: [], evidence: [], response: { kind: 'not-applicable', reason: 'No staff use it' } };
    const lines = diffSections(diffOf(first, second)).find((s) => s.key === 'answers')?.lines;
    expect(lines).toEqual([
      'Does the vendor handle region-01 well? (Region): was “Yes, in the contract”, now unknown.',
      'Single sign-on (Identity): was “Yes, in the contract”, now not applicable (No staff use it).',
    ]);
  });

  it('reports a changed figure with its unit', () => {
    const { first, second } = twoRounds();
    second.answers['identity-02'] = { ...second.answers['identity-02'], value: 14 };
    const d = diffOf(first, second);
    expect(d.figures).toMatchObject([{ checkId: 'identity-02', before: 3, after: 14 }]);
    expect(diffSections(d).find((s) => s.key === 'figures')?.lines).toEqual([
      'Does the vendor handle identity-02 well? (Identity): was 3 days, now 14 days.',
    ]);
  });

  it('reports evidence added, removed, and expired at the later round’s date', () => {
    const { first, second } = twoRounds();
    const answer = second.answers['identity-02'];
    second.answers['identity-02'] = {
      ...answer,
      evidence: [{ id: 'e2', title: 'SOC 2 report', validUntil: '2027-01-01' }],
    };
    second.answers['region-01'] = {
      ...second.answers['region-01'],
      evidence: [{ id: 'e3', title: 'ISO certificate', validUntil: '2028-01-01' }],
    };
    const d = diffOf(first, second);
    expect(d.evidence.map((e) => [e.checkId, e.change, e.evidence.title])).toEqual([
      ['region-01', 'added', 'ISO certificate'],
      ['identity-02', 'added', 'SOC 2 report'],
      ['identity-02', 'expired', 'SOC 2 report'],
      ['identity-02', 'removed', 'SSO guide'],
    ]);
    // Judged a year later, the certificate has expired too; judged on the day, nothing expired.
    const later = roundOf(second, 2) as RoundView;
    expect(diffRounds(first, later, { to: '2028-06-01' }).evidence.filter((e) => e.change === 'expired')).toHaveLength(2);
    expect(diffRounds(first, later, { to: '2026-12-01' }).evidence.filter((e) => e.change === 'expired')).toHaveLength(0);
    expect(diffSections(d).find((s) => s.key === 'evidence')?.lines).toContain(
      'Expired (valid until 1 January 2027): “SOC 2 report” for Does the vendor handle identity-02 well?.',
    );
  });

  it('does not report evidence that had already expired in the earlier round as newly expired', () => {
    const { first, second } = twoRounds();
    const old = { id: 'e9', title: 'Old pen test', validUntil: '2020-01-01' };
    const firstWith = {
      ...first,
      answers: { ...first.answers, 'region-01': { ...first.answers['region-01'], evidence: [old] } },
    };
    second.answers['region-01'] = { ...second.answers['region-01'], evidence: [old] };
    expect(diffOf(firstWith, second).evidence).toEqual([]);
  });

  it('reports hops added, removed and changed, field by field', () => {
    const { first, second } = twoRounds();
    second.dataPath = [hop('h1', { operator: 'Cloud B', retention: '90 days', jurisdictions: [{ code: 'us' }] }), hop('h3')];
    const d = diffOf(first, second);
    expect(d.hops.map((h) => [h.change, h.hop.id, h.change === 'changed' ? h.fields : []])).toEqual([
      ['changed', 'h1', ['operator', 'jurisdictions', 'retention']],
      ['added', 'h3', []],
      ['removed', 'h2', []],
    ]);
    expect(diffSections(d).find((s) => s.key === 'data-path')?.lines).toEqual([
      'Changed: Component h1 (Cloud A): operator was Cloud A, now Cloud B; jurisdictions was EU/EEA, now US; retention was 30 days, now 90 days.',
      'Added: Component h3 (Cloud A), EU West.',
      'Removed: Component h2 (Cloud A).',
    ]);
  });

  it('reports providers added and removed, treating case and punctuation of a name as the same provider', () => {
    const { first, second } = twoRounds();
    second.providers = [
      { id: 'p9', name: 'cloud a', role: 'cloud', scope: '', jurisdictions: [] },
      { id: 'p2', name: 'Model Lab', role: 'model-maker', scope: 'Chat model', jurisdictions: [] },
    ];
    const d = diffOf(first, second);
    expect(d.providers).toEqual([{ change: 'added', provider: { name: 'Model Lab', role: 'model-maker', scope: 'Chat model' } }]);
    second.providers = [];
    expect(diffSections(diffOf(first, second)).find((s) => s.key === 'providers')?.lines).toEqual(['Removed: Cloud A (cloud, EU West).']);
  });

  it('reports a new decision and its conditions, but not a round still pending', () => {
    const { first, second } = twoRounds();
    expect(diffOf(first, second).decision).toBeNull();
    second.decision = {
      outcome: 'reject',
      rationale: '',
      conditions: [{ id: 'c2', text: 'Exit plan tested', owner: '' }],
      signOffs: [],
    };
    const d = diffOf(first, second);
    expect(d.decision).toEqual({ from: 'approve', to: 'reject' });
    expect(diffSections(d).find((s) => s.key === 'decision')?.lines).toEqual([
      'Decision: was Approved, now Rejected.',
      'Condition added: Exit plan tested',
      'Condition removed: Sign the DPA',
    ]);
  });

  it('names the checklist versions when the new round moved to a newer template', () => {
    const a = miniAssessment({ 'region-01': 'good' });
    const next = startRound(a, miniTemplateV2(), { at: AT, by: '' });
    const d = diffRounds(roundOf(next, 1) as RoundView, roundOf(next, 2) as RoundView);
    expect(diffSections(d).find((s) => s.key === 'rating')?.lines).toContain('Checklist: was version 1.0.0, now version 1.1.0.');
  });
});

// Arbitrary assessments of the mini template: answers of every kind, figures, evidence with and without
// valid-until dates, hops, providers, decisions and conditions.
const optionIds = ['good', 'partial', 'bad', 'will-not-say'];
const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const answerArb: fc.Arbitrary<Answer> = fc
  .record({
    response: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(...optionIds).map((option) => ({ kind: 'option' as const, option })),
      fc.constant({ kind: 'unknown' as const }),
      fc.string({ maxLength: 10 }).map((reason) => ({ kind: 'not-applicable' as const, reason })),
    ),
    value: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    evidence: fc.array(
      fc.record({
        id: fc.constantFrom('e1', 'e2', 'e3'),
        title: fc.constantFrom('DPA', 'SOC 2'),
        validUntil: fc.option(day, { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ response, value, evidence }) => {
    const unique = [...new Map(evidence.map((e) => [e.id, e.validUntil ? e : { id: e.id, title: e.title }])).values()];
    return { notes: [], evidence: unique, ...(response ? { response } : {}), ...(value !== undefined ? { value } : {}) };
  });
const assessmentArb = fc
  .record({
    answers: fc.dictionary(fc.constantFrom('region-01', 'region-02', 'identity-01', 'identity-02'), answerArb),
    hops: fc.uniqueArray(fc.constantFrom('h1', 'h2', 'h3'), { maxLength: 3 }),
    providers: fc.uniqueArray(fc.constantFrom('Cloud A', 'Model Lab'), { maxLength: 2 }),
    outcome: fc.constantFrom<Assessment['decision']['outcome']>('pending', 'approve', 'approve-with-conditions', 'reject'),
    conditions: fc.uniqueArray(fc.constantFrom('c1', 'c2'), { maxLength: 2 }),
    personal: fc.boolean(),
    round: fc.integer({ min: 1, max: 5 }),
    at: fc.date({ min: new Date('2026-11-03T00:00:00Z'), max: new Date('2031-01-01T00:00:00Z'), noInvalidDate: true }),
  })
  .map((x) => {
    const a = miniAssessment({}, { data: x.personal ? ['personal'] : ['public'] });
    return {
      at: x.at.toISOString(),
      assessment: {
        ...a,
        round: x.round,
        answers: x.answers,
        dataPath: x.hops.map((id) => hop(id)),
        providers: x.providers.map((name, i) => ({ id: `p${i}`, name, role: 'cloud' as const, scope: '', jurisdictions: [] })),
        decision: {
          outcome: x.outcome,
          rationale: '',
          conditions: x.conditions.map((id) => ({ id, text: `Do ${id}`, owner: '' })),
          signOffs: [],
        },
      } satisfies Assessment,
    };
  });

describe('a round that changes nothing', () => {
  it('diffs as empty but for the round number, whatever the assessment held', () => {
    fc.assert(
      fc.property(assessmentArb, ({ assessment, at }) => {
        const next = startRound(assessment, undefined, { at, by: '' });
        const d = diffRounds(roundOf(next, assessment.round) as RoundView, roundOf(next, next.round) as RoundView);
        expect(diffIsEmpty(d)).toBe(true);
        expect(diffSections(d)).toEqual([]);
        expect([d.from.round, d.to.round]).toEqual([assessment.round, assessment.round + 1]);
      }),
      { numRuns: 150 },
    );
  });
});

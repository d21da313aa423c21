import { describe, expect, it } from 'vitest';
import { Assessment } from '../../src/core/assessment-schema';
import { evaluate } from '../../src/core/engine/evaluate';
import { decodeFineprint, encodeFineprint } from '../../src/core/file-format';
import { wordHistoryEvent } from '../../src/core/history';
import { HISTORY_WORDING } from '../../src/core/report/format';
import { answersToReconfirm, roundAsAssessment, roundNumbers, roundOf, startRound } from '../../src/core/rounds';
import { strings } from '../../renderer/src/i18n/en';
import { confirmAnswer, setCaptureValue, setResponse, toggleOption } from '../../renderer/src/state/assessment-edits';
import { miniAssessment, miniTemplate } from '../support/builders';
import { miniTemplateV2 } from '../support/upgrade-builders';

const AT = '2027-01-15T09:30:00.000Z';
const BY = 'Ana Lima';

function decided(): Assessment {
  const a = miniAssessment({ 'region-01': 'good', 'identity-01': 'good', 'identity-02': 'good' });
  a.answers['identity-02'] = { ...a.answers['identity-02'], value: 3, evidence: [{ id: 'e1', title: 'SSO guide' }] };
  a.answers['region-01'] = {
    ...a.answers['region-01'],
    notes: [{ id: 'n1', text: 'Seen in the DPA.', visibility: 'shared', createdAt: AT }],
  };
  // An answer record with a note only: nothing to re-confirm.
  a.answers['region-02'] = { notes: [{ id: 'n2', text: 'Ask again.', visibility: 'internal', createdAt: AT }], evidence: [] };
  a.dataPath = [
    {
      id: 'h1',
      component: 'Inference',
      operator: 'Cloud A',
      region: 'EU',
      jurisdictions: [{ code: 'eu' }],
      jurisdictionNote: '',
      dataKinds: [],
      retention: '30 days',
    },
  ];
  a.providers = [{ id: 'p1', name: 'Cloud A', role: 'cloud', scope: 'EU West', jurisdictions: [{ code: 'eu' }] }];
  a.nextReviewOn = '2027-06-01';
  a.decision = {
    outcome: 'approve-with-conditions',
    rationale: 'Fine with the DPA.',
    conditions: [{ id: 'c1', text: 'Sign the DPA', owner: 'Legal' }],
    signOffs: [{ role: 'security', name: 'Sam', date: '2026-11-20', outcome: 'approve' }],
  };
  return a;
}

describe('startRound', () => {
  it('closes the current round under `rounds` and opens round N+1 with every answer to re-confirm', () => {
    const a = decided();
    const next = startRound(a, miniTemplate(), { at: AT, by: BY });
    expect(next.round).toBe(2);
    expect(next.id).toBe(a.id);
    expect(next.rounds).toHaveLength(1);
    const past = next.rounds[0];
    expect(past).toMatchObject({ round: 1, closedAt: AT, answers: a.answers, decision: a.decision, dataPath: a.dataPath });
    expect(past).not.toHaveProperty('history');
    expect(past).not.toHaveProperty('rounds');
    expect(past).not.toHaveProperty('id');
    for (const [checkId, answer] of Object.entries(a.answers)) {
      const carried = next.answers[checkId];
      expect(carried?.response).toEqual(answer.response);
      expect(carried?.notes).toEqual(answer.notes);
      expect(carried?.evidence).toEqual(answer.evidence);
    }
    expect(next.answers['identity-02']).toMatchObject({ value: 3, reconfirm: true });
    expect(next.answers['region-01']?.reconfirm).toBe(true);
    expect(next.answers['region-02']?.reconfirm).toBeUndefined();
    expect(next.dataPath).toEqual(a.dataPath);
    expect(next.providers).toEqual(a.providers);
    expect(next.nextReviewOn).toBe('2027-06-01');
    expect(next.createdAt).toBe(AT);
  });

  it('starts a pending decision that keeps the conditions but not the outcome, rationale or sign-offs', () => {
    const next = startRound(decided(), undefined, { at: AT, by: BY });
    expect(next.decision).toEqual({
      outcome: 'pending',
      rationale: '',
      conditions: [{ id: 'c1', text: 'Sign the DPA', owner: 'Legal' }],
      signOffs: [],
    });
  });

  it('records a round-started event, worded the same in the report and the window', () => {
    const next = startRound(decided(), undefined, { at: AT, by: BY });
    const entry = next.history.at(-1);
    expect(entry).toEqual({
      at: AT,
      by: BY,
      event: { kind: 'round-started', from: 1, to: 2, templateFrom: '1.0.0', templateTo: '1.0.0', carried: 3 },
    });
    if (!entry) return;
    const words = wordHistoryEvent(entry.event, HISTORY_WORDING);
    expect(words).toBe('Round 2 started, closing round 1: 3 answers carried forward to re-confirm on checklist version 1.0.0.');
    expect(wordHistoryEvent(entry.event, strings.history.event)).toBe(words);
  });

  it('moves the new round to a newer template and leaves the closed round on the old one', () => {
    const a = decided();
    const next = startRound(a, miniTemplateV2(), { at: AT, by: BY });
    expect(next.template.version).toBe('1.1.0');
    expect(next.rounds[0]?.template.version).toBe('1.0.0');
    expect(next.history.slice(-2).map((h) => h.event.kind)).toEqual(['round-started', 'template-upgraded']);
    expect(next.history.at(-2)?.event).toMatchObject({ templateFrom: '1.0.0', templateTo: '1.1.0' });
    // identity-02 is gone in 1.1.0: kept aside under `retired`, not carried.
    expect(next.answers['identity-02']).toBeUndefined();
    expect(next.retired?.map((r) => r.checkId)).toEqual(['identity-02']);
    // Carried answers still wait for re-confirmation after the upgrade rebuilt them.
    expect(next.answers['region-01']?.reconfirm).toBe(true);
    expect(next.answers['identity-01']?.reconfirm).toBe(true);
  });

  it('ignores an older or same template, and numbers rounds on from the last one', () => {
    const two = startRound(decided(), miniTemplate(), { at: AT, by: BY });
    const three = startRound(two, miniTemplate(), { at: '2027-06-01T08:00:00.000Z', by: BY });
    expect(three.template.version).toBe('1.0.0');
    expect(roundNumbers(three)).toEqual([1, 2, 3]);
    expect(three.rounds.map((r) => r.closedAt)).toEqual([AT, '2027-06-01T08:00:00.000Z']);
    expect(roundOf(three, 2)?.decision.outcome).toBe('pending');
    expect(roundOf(three, 4)).toBeUndefined();
    expect(roundAsAssessment(three, 1)).toMatchObject({ id: three.id, round: 1, history: [], rounds: [] });
  });

  it('writes a file that reads back, rounds and re-confirm marks included', () => {
    const next = startRound(decided(), undefined, { at: AT, by: BY });
    const read = decodeFineprint(new TextEncoder().encode(encodeFineprint(next, new Date(AT))));
    expect(read.ok && read.value.assessment).toEqual(Assessment.parse(next));
  });
});

describe('answers to re-confirm', () => {
  it('still count as answered for the engine: the rating does not move when a round starts', () => {
    const a = decided();
    const next = startRound(a, undefined, { at: AT, by: BY });
    const before = evaluate(a);
    const after = evaluate(next);
    expect(after.overall).toEqual(before.overall);
    expect(after.progress).toEqual(before.progress);
  });

  it('are counted on visible checks, and confirming or changing an answer clears the mark', () => {
    const next = startRound(decided(), undefined, { at: AT, by: BY });
    // region-02 has nothing to confirm (and is hidden: no personal data).
    expect(answersToReconfirm(next)).toEqual(['region-01', 'identity-01', 'identity-02']);
    const confirmed = confirmAnswer(next, 'region-01');
    expect(confirmed.answers['region-01']?.reconfirm).toBeUndefined();
    expect(confirmed.answers['region-01']?.response).toEqual(next.answers['region-01']?.response);
    expect(confirmed.answers['region-01']?.notes).toEqual(next.answers['region-01']?.notes);
    const changed = setResponse(confirmed, 'identity-01', { kind: 'option', option: 'bad' });
    expect(changed.answers['identity-01']?.reconfirm).toBeUndefined();
    const figure = setCaptureValue(changed, 'identity-02', 5);
    expect(answersToReconfirm(figure)).toEqual([]);
    expect(confirmAnswer(figure, 'region-01')).toBe(figure);
  });

  it('clears the mark when a multi-choice option is toggled', () => {
    const a = miniAssessment({ 'region-01': 'good' });
    a.answers['region-01'] = { ...a.answers['region-01'], reconfirm: true };
    expect(toggleOption(a, 'region-01', 'bad').answers['region-01']?.reconfirm).toBeUndefined();
  });
});

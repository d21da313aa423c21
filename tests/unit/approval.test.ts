import { describe, expect, it } from 'vitest';
import { approvalGate, withAcceptedRating } from '../../src/core/approval';
import { Assessment } from '../../src/core/assessment-schema';
import { evaluate } from '../../src/core/engine/evaluate';
import { miniAssessment, miniTemplateInput } from '../support/builders';

/** The mini template with its SSO knock-out turned into a blocking question while unknown. */
function withBlockingKnockout(answers: Record<string, string>, profile: Record<string, unknown> = {}) {
  const input = miniTemplateInput();
  const ko = input.checks[2]?.knockout;
  if (ko) ko.onUnknown = true;
  return Assessment.parse({ ...miniAssessment(answers, profile), template: input });
}

describe('recording a decision', () => {
  it('refuses approval while a blocking question is open, and allows rejecting or waiting', () => {
    const e = evaluate(withBlockingKnockout({ 'region-01': 'good', 'identity-01': 'unknown' }));
    expect(approvalGate(e, 'approve')).toEqual({ allowed: false, reason: 'blocking-questions', checkIds: ['identity-01'] });
    expect(approvalGate(e, 'approve-with-conditions').allowed).toBe(false);
    expect(approvalGate(e, 'reject')).toEqual({ allowed: true, confirm: false });
    expect(approvalGate(e, 'pending')).toEqual({ allowed: true, confirm: false });
  });

  it('asks for a confirmation to approve a service rated high or critical, not one rated lower', () => {
    const critical = evaluate(miniAssessment({ 'region-01': 'good', 'identity-01': 'bad' }));
    expect(approvalGate(critical, 'approve')).toEqual({ allowed: true, confirm: true, rating: 'critical', provisional: false });
    const low = evaluate(miniAssessment({ 'region-01': 'good', 'identity-01': 'good', 'identity-02': 'good' }));
    expect(approvalGate(low, 'approve')).toEqual({ allowed: true, confirm: false });
  });

  it('records the confirmed acceptance and its rationale in the history, after the decision change', () => {
    const a = miniAssessment({ 'region-01': 'good', 'identity-01': 'bad' });
    const next = withAcceptedRating(
      a,
      { ...a.decision, outcome: 'approve', rationale: 'Pilot only, SSO in the next release.' },
      { rating: 'critical', provisional: false, rationale: ' Pilot only, SSO in the next release. ' },
      'Ana',
      '2026-12-01T10:00:00.000Z',
    );
    expect(next.decision.outcome).toBe('approve');
    expect(next.history.slice(-2).map((h) => h.event)).toEqual([
      { kind: 'decision-changed', from: 'pending', to: 'approve', rationale: 'Pilot only, SSO in the next release.' },
      {
        kind: 'rating-accepted',
        rating: 'critical',
        provisional: false,
        outcome: 'approve',
        rationale: 'Pilot only, SSO in the next release.',
      },
    ]);
    expect(Assessment.safeParse(next).success).toBe(true);
  });
});

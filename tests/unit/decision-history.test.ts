import { describe, expect, it } from 'vitest';
import { editDecision } from '../../renderer/src/state/assessment-edits';
import { miniAssessment } from '../support/builders';

describe('the decision leaves a trace in the assessment history', () => {
  it('records a changed outcome and each sign-off that became complete, and nothing else', () => {
    const a = miniAssessment();
    const decided = editDecision(a, (d) => ({ ...d, outcome: 'approve-with-conditions' }), 'Ana Lima', '2026-11-26T10:00:00.000Z');
    expect(decided.history.slice(a.history.length)).toEqual([
      { at: '2026-11-26T10:00:00.000Z', by: 'Ana Lima', summary: 'Decision changed from Pending to Approved with conditions.' },
    ]);
    const drafted = editDecision(decided, (d) => ({ ...d, signOffs: [{ role: 'Security', name: 'Ben' }] }), 'Ana Lima');
    expect(drafted.history).toHaveLength(decided.history.length);
    const signed = editDecision(
      drafted,
      (d) => ({ ...d, signOffs: [{ role: 'Security', name: 'Ben Okafor', date: '2026-11-27' }] }),
      'Ana Lima',
      '2026-11-27T09:00:00.000Z',
    );
    expect(signed.history.at(-1)).toEqual({
      at: '2026-11-27T09:00:00.000Z',
      by: 'Ana Lima',
      summary: 'Signed off for Security by Ben Okafor on 2026-11-27.',
    });
    expect(editDecision(signed, (d) => ({ ...d, rationale: 'Fine print checked.' })).history).toHaveLength(signed.history.length);
  });
});

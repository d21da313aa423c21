import { describe, expect, it } from 'vitest';
import { HistoryEntry, wordHistoryEvent, type HistoryEvent } from '../../src/core/history';
import { HISTORY_WORDING } from '../../src/core/report/format';
import { HISTORY_SHOWN } from '../../src/core/report/model';
import { strings } from '../../renderer/src/i18n/en';
import { editDecision } from '../../renderer/src/state/assessment-edits';
import { miniAssessment } from '../support/builders';
import { modelOf, reportAssessment } from './report-fixtures';

describe('the decision leaves a trace in the assessment history', () => {
  it('records a changed outcome and each sign-off that became complete as typed events, and nothing else', () => {
    const a = miniAssessment();
    const decided = editDecision(
      { ...a, decision: { ...a.decision, rationale: '  Region committed in the order form. ' } },
      (d) => ({ ...d, outcome: 'approve-with-conditions' }),
      'Ana Lima',
      '2026-11-26T10:00:00.000Z',
    );
    expect(decided.history.slice(a.history.length)).toEqual([
      {
        at: '2026-11-26T10:00:00.000Z',
        by: 'Ana Lima',
        event: {
          kind: 'decision-changed',
          from: 'pending',
          to: 'approve-with-conditions',
          rationale: 'Region committed in the order form.',
        },
      },
    ]);
    const drafted = editDecision(decided, (d) => ({ ...d, signOffs: [{ role: 'security', name: 'Ben' }] }), 'Ana Lima');
    expect(drafted.history).toHaveLength(decided.history.length);
    const signed = editDecision(
      drafted,
      (d) => ({ ...d, signOffs: [{ role: 'security', name: ' Ben Okafor ', date: '2026-11-27' }] }),
      'Ana Lima',
      '2026-11-27T09:00:00.000Z',
    );
    expect(signed.history.at(-1)).toEqual({
      at: '2026-11-27T09:00:00.000Z',
      by: 'Ana Lima',
      event: { kind: 'sign-off-completed', role: 'security', name: 'Ben Okafor', date: '2026-11-27' },
    });
    expect(editDecision(signed, (d) => ({ ...d, rationale: 'Fine print checked.' })).history).toHaveLength(signed.history.length);
    // What the window records is what the saved file accepts.
    for (const entry of signed.history) expect(HistoryEntry.safeParse(entry).success).toBe(true);
  });

  it('leaves the rationale out of the event while none is written', () => {
    const a = miniAssessment();
    const decided = editDecision(a, (d) => ({ ...d, outcome: 'reject' }), '', '2026-11-26T10:00:00.000Z');
    expect(decided.history.at(-1)?.event).toEqual({ kind: 'decision-changed', from: 'pending', to: 'reject' });
  });
});

describe('history events are worded by the window and by the report, in the same words for the outcome', () => {
  const changed: HistoryEvent = { kind: 'decision-changed', from: 'pending', to: 'approve', rationale: 'All clauses signed.' };
  const signed: HistoryEvent = { kind: 'sign-off-completed', role: 'data-protection', name: 'Ben Okafor', date: '2026-11-27' };

  it('the report names the outcome as a state, with the rationale given at the time', () => {
    expect(wordHistoryEvent(changed, HISTORY_WORDING)).toBe('Decision changed from Pending to Approved. Rationale: All clauses signed.');
    expect(wordHistoryEvent(signed, HISTORY_WORDING)).toBe('Signed off for Data protection by Ben Okafor on 27 November 2026.');
  });

  it('the window names the outcome as the report does, and the role by its display name', () => {
    expect(wordHistoryEvent(changed, strings.history.event)).toBe('Decision changed from Pending to Approved.');
    expect(wordHistoryEvent(signed, strings.history.event)).toMatch(/^Signed off for Data protection by Ben Okafor on .*2026\.$/);
  });

  it('a person’s note and a version-1 sentence read as written', () => {
    const note: HistoryEvent = { kind: 'note', text: 'Vendor call moved to Friday.' };
    expect(wordHistoryEvent(note, HISTORY_WORDING)).toBe('Vendor call moved to Friday.');
    expect(wordHistoryEvent(note, strings.history.event)).toBe('Vendor call moved to Friday.');
  });
});

describe('the report prints the history', () => {
  it('worded, oldest first, with who and when', () => {
    const rows = modelOf(reportAssessment()).decision.history;
    expect(rows).toEqual({
      earlier: 0,
      rows: [
        { date: '1 February 2026', by: 'Aline Dupont', text: 'Created.' },
        { date: '12 February 2026', by: 'Ingrid Vos', text: 'Answered.' },
        { date: '4 March 2026', by: 'Aline Dupont', text: 'Decision changed from Pending to Approved with conditions.' },
      ],
    });
  });

  it('keeps a long history to its newest entries and says how many earlier ones the file holds', () => {
    const a = reportAssessment();
    const history = Array.from({ length: HISTORY_SHOWN + 15 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
      by: 'Ana Lima',
      event: { kind: 'note' as const, text: `Entry ${i + 1}.` },
    }));
    const shown = modelOf({ ...a, history }).decision.history;
    expect(shown.earlier).toBe(15);
    expect(shown.rows).toHaveLength(HISTORY_SHOWN);
    expect(shown.rows[0]?.text).toBe('Entry 16.');
    expect(shown.rows.at(-1)?.text).toBe(`Entry ${HISTORY_SHOWN + 15}.`);
  });
});

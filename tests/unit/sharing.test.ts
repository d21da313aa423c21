import { describe, expect, it } from 'vitest';
import { withoutInternalNotes } from '../../src/core/sharing';
import { modelOf, reportAssessment } from './report-fixtures';

const printedNotes = (includeInternalNotes: boolean) =>
  modelOf(reportAssessment(), { includeInternalNotes }).appendix.checks.flatMap((g) =>
    g.entries.flatMap((e) => e.notes.map((n) => n.text)),
  );

describe('internal notes', () => {
  it('leave a shared file and a report by the same rule', () => {
    const shared = Object.values(withoutInternalNotes(reportAssessment()).answers).flatMap((a) => a.notes.map((n) => n.text));
    expect(shared.some((t) => t.includes('SECRET-INTERNAL'))).toBe(false);
    expect(printedNotes(false).sort()).toEqual(shared.sort());
  });

  it('are printed only when the user asks for them', () => {
    expect(printedNotes(true).some((t) => t.includes('SECRET-INTERNAL'))).toBe(true);
  });
});

describe('internal notes of earlier rounds', () => {
  it('leave a shared file by the same rule as the current round', () => {
    const current = reportAssessment();
    const { template, profile, answers, dataPath, providers, decision, createdAt, updatedAt } = current;
    const earlier = { round: 1, template, profile, answers, dataPath, providers, decision, createdAt, updatedAt, closedAt: updatedAt };
    const withRound = { ...current, round: 2, rounds: [earlier] };
    const shared = withoutInternalNotes(withRound);
    const earlierNotes = Object.values(shared.rounds[0]?.answers ?? {}).flatMap((a) => a.notes.map((n) => n.text));
    expect(earlierNotes.length).toBeGreaterThan(0);
    expect(earlierNotes.some((t) => t.includes('SECRET-INTERNAL'))).toBe(false);
    const kept = Object.values(earlier.answers).flatMap((a) => a.notes.map((n) => n.text));
    expect(kept.some((t) => t.includes('SECRET-INTERNAL'))).toBe(true);
  });
});

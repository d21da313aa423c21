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

import { describe, expect, it } from 'vitest';
import { Assessment } from '../../src/core/assessment-schema';
import { wordHistoryEvent } from '../../src/core/history';
import { strings } from '../../renderer/src/i18n/en';
import { setResponse, setVerified } from '../../renderer/src/state/assessment-edits';
import { miniAssessment } from '../support/builders';

const stated = {
  source: 'vendor-workbook' as const,
  sha256: 'd'.repeat(64),
  fileName: 'acme.xlsx',
  receivedAt: '2026-12-01T10:00:00.000Z',
};

/** The mini assessment with its first check answered by the vendor. */
function withVendorAnswer(): { a: Assessment; check: string; option: string; other: string } {
  const base = miniAssessment();
  const check = base.template.checks[0];
  const [option, other] = check.options.map((o) => o.id);
  const a = Assessment.parse({
    ...base,
    answers: { [check.id]: { response: { kind: 'option', option }, notes: [], evidence: [], provenance: stated } },
  });
  return { a, check: check.id, option, other };
}

describe("provenance in the window's edits", () => {
  it("a changed answer becomes the buyer's own; choosing the same answer again keeps the vendor's statement", () => {
    const { a, check, option, other } = withVendorAnswer();
    expect(setResponse(a, check, { kind: 'option', option }).answers[check]?.provenance).toEqual(stated);
    expect(setResponse(a, check, { kind: 'option', option: other }).answers[check]?.provenance).toBeUndefined();
    expect(setResponse(a, check, { kind: 'unknown' }).answers[check]?.provenance).toBeUndefined();
  });

  it('marks a vendor answer verified and un-marks it back to the statement, leaving the answer itself alone', () => {
    const { a, check } = withVendorAnswer();
    const verified = setVerified(a, check, true, '2026-12-02T08:00:00.000Z');
    expect(verified.answers[check]?.provenance).toEqual({
      source: 'assessor-verified',
      at: '2026-12-02T08:00:00.000Z',
      vendor: { sha256: stated.sha256, fileName: 'acme.xlsx', receivedAt: stated.receivedAt },
    });
    expect(verified.answers[check]?.response).toEqual(a.answers[check]?.response);
    expect(setVerified(verified, check, false).answers[check]?.provenance).toEqual(stated);
    // The file stays valid with either.
    expect(() => Assessment.parse(verified)).not.toThrow();
  });

  it('the window words the import of vendor answers with the file and the counts', () => {
    const text = wordHistoryEvent(
      { kind: 'vendor-answers-imported', fileName: 'returned.xlsx', sha256: stated.sha256, accepted: 2, rejected: 1 },
      strings.history.event,
    );
    expect(text).toBe("Imported the vendor's answers from “returned.xlsx”: 2 accepted, 1 not accepted.");
  });
});

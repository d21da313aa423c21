import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '../../src/core/assessment-schema';
import { decodeFineprint, decodeFineprintValue, encodeFineprint } from '../../src/core/file-format';
import type { Result } from '../../src/core/problems';
import { textProblem } from '../../src/core/text';
import { miniAssessment } from '../support/builders';

const enc = new TextEncoder();
const cleanText = (max: number) => fc.string({ unit: 'grapheme', maxLength: max }).filter((s) => textProblem(s) === undefined);

const response = fc.oneof(
  fc.constantFrom('good', 'partial', 'bad', 'will-not-say').map((option) => ({ kind: 'option' as const, option })),
  fc.constant({ kind: 'unknown' as const }),
  cleanText(200).map((reason) => ({ kind: 'not-applicable' as const, reason })),
);

const answer: fc.Arbitrary<Answer> = fc.record({
  response,
  notes: fc.array(
    fc.record({
      id: fc.constantFrom('n-1', 'n-2', 'n-3'),
      text: cleanText(400),
      visibility: fc.constantFrom('shared' as const, 'internal' as const),
      createdAt: fc.constant('2026-11-03T10:00:00.000Z'),
    }),
    { maxLength: 3 },
  ),
  evidence: fc.constant([]),
});

const assessment: fc.Arbitrary<Assessment> = fc
  .record({
    vendor: cleanText(60),
    service: cleanText(60),
    answers: fc.dictionary(fc.constantFrom('region-01', 'region-02', 'identity-01', 'identity-02'), answer),
  })
  .map(({ vendor, service, answers }) => {
    const base = miniAssessment();
    return { ...base, profile: { ...base.profile, vendor, service }, answers };
  });

/** Where a problem is: a JSON path from the file's root (`$`, `$.payload.answers.x`) or a line and column. */
const LOCATION = /^(\$([.[].*)?|line \d+, column \d+)$/;

/**
 * Decoding catches everything, so "did not throw" proves nothing: a refusal must instead be one the
 * user can act on. It lists at least one problem, each naming where it is, and none of them is the
 * catch-all "could not be read (…)" that only a bug in the decoder produces.
 */
function expectDecodedOrRefusedWithReasons(r: Result<unknown>): void {
  const problems = r.ok ? [] : r.problems;
  expect(r.ok || problems.length > 0, 'a refusal lists its problems').toBe(true);
  for (const p of problems) {
    expect(p.location).toMatch(LOCATION);
    expect(p.message).not.toMatch(/^could not be read \(/);
    expect(p.message.trim()).not.toBe('');
  }
}

describe('.fineprint properties', () => {
  it('encode then decode returns the same assessment', () => {
    fc.assert(
      fc.property(assessment, (a) => {
        const r = decodeFineprint(enc.encode(encodeFineprint(a)));
        expect(r.ok).toBe(true);
        expect(r.ok && r.value.assessment).toEqual(a);
        expect(r.ok && r.value.integrityOk).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary bytes are refused with located reasons, never by the catch-all', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => {
        const r = decodeFineprint(b);
        expect(r.ok).toBe(false);
        expectDecodedOrRefusedWithReasons(r);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary JSON, as the document or as its payload, is refused with located reasons', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const asDocument = decodeFineprint(enc.encode(JSON.stringify(v) ?? 'null'));
        expect(asDocument.ok).toBe(false);
        expectDecodedOrRefusedWithReasons(asDocument);
        const envelope = {
          format: 'fineprint/assessment',
          formatVersion: 1,
          app: 'FinePrint 0.1.0',
          savedAt: '2026-11-03T10:00:00.000Z',
          integrity: `sha256:${'0'.repeat(64)}`,
          payload: v,
        };
        const asPayload = decodeFineprintValue(envelope);
        expect(asPayload.ok).toBe(false);
        expectDecodedOrRefusedWithReasons(asPayload);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid file with random bytes changed is either decoded or refused with located reasons', () => {
    const good = enc.encode(encodeFineprint(miniAssessment({ 'region-01': 'bad', 'identity-01': 'unknown' })));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        (edits) => {
          const b = good.slice();
          for (const [at, value] of edits) b[at] = value;
          expectDecodedOrRefusedWithReasons(decodeFineprint(b));
        },
      ),
      { numRuns: 300 },
    );
  });
});

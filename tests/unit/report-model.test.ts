import { describe, expect, it, vi } from 'vitest';
import { payloadDigest } from '../../src/core/digest';
import { formatFigure, formatNumber, firstSentence } from '../../src/core/report/format';
import { TOP_FINDINGS } from '../../src/core/report/model';
import { makeSanitiser } from '../../src/core/report/sanitise';
import { stressAssessment } from '../support/stress';
import { modelOf, reportAssessment } from './report-fixtures';

describe('report model', () => {
  it('carries the cover facts: service, vendor, organisation, assessors, template, date, label', () => {
    const m = modelOf(reportAssessment());
    expect(m.cover).toMatchObject({
      service: 'Acme Copilot Pro',
      vendor: 'Acme Models GmbH',
      organisation: 'Contoso Ltd',
      assessor: 'Aline Dupont, Ingrid Vos',
      templateTitle: 'Report fixture checklist',
      templateVersion: '2.1.0',
      assessmentUpdated: '4 March 2026',
    });
    expect(m.generatedAt).toBe('2026-03-05T09:00:00.000Z');
    expect(m.confidentiality).toBe('Confidential: board only');
    expect(m.paper).toBe('a4');
    expect(m.properties.title).toBe('Acme Copilot Pro: AI service risk assessment');
    expect(m.properties.author).toBe('Contoso Ltd (Aline Dupont, Ingrid Vos)');
    expect(m.properties.keywords).toContain('Acme Models GmbH');
  });

  it('defaults the label to "Confidential" and takes an assessor when given', () => {
    const m = modelOf(reportAssessment(), { confidentiality: '  ', assessor: 'Procurement team' });
    expect(m.confidentiality).toBe('Confidential');
    expect(m.cover.assessor).toBe('Procurement team');
  });

  it('names a check by its short title in the summary, the findings and the open questions, and falls back to its id', () => {
    const m = modelOf(
      reportAssessment((input) => {
        const sso = input.template.checks.find((c) => c.id === 'identity-01');
        if (sso) sso.shortTitle = 'Single sign-on everywhere';
      }),
    );
    expect(m.summary.knockouts.map((k) => k.checkLabels)).toEqual([['Single sign-on everywhere']]);
    expect(m.summary.topFindings).toContainEqual(expect.objectContaining({ checkId: 'identity-01', label: 'Single sign-on everywhere' }));
    const rows = m.findings.flatMap((g) => g.rows);
    expect(rows).toContainEqual(expect.objectContaining({ checkId: 'identity-01', label: 'Single sign-on everywhere' }));
    // A check without a short title is still named, by its id.
    for (const r of rows) if (r.checkId && r.checkId !== 'identity-01') expect(r.label).toBe(r.checkId);
    for (const q of m.openQuestions) if (q.checkId) expect(q.label).toBe(q.checkId);
  });

  it("carries the template's definitions once, for the appendix, and none when the template has none", () => {
    const meaning = 'All data the Customer puts into or gets out of the Service, prompts and outputs included.';
    const m = modelOf(
      reportAssessment((input) => {
        input.template.definitions = [{ term: 'Customer Data', meaning }];
      }),
    );
    expect(m.appendix.definitions).toEqual([{ term: 'Customer Data', meaning }]);
    expect(modelOf(reportAssessment()).appendix.definitions).toEqual([]);
  });

  it('shows the knock-out as raising the rating and lists it in the summary', () => {
    const m = modelOf(reportAssessment());
    expect(m.rating.rating).toBe('critical');
    expect(m.summary.knockouts).toEqual([
      {
        id: 'ko-no-sso',
        title: 'No sso',
        minRating: 'critical',
        why: 'Without SSO leavers keep access.',
        checkIds: ['identity-01'],
        checkLabels: ['identity-01'],
      },
    ]);
    expect(m.summary.topFindings.length).toBeLessThanOrEqual(TOP_FINDINGS);
    expect(m.summary.topFindings).toContainEqual(expect.objectContaining({ checkId: 'identity-01', level: 'high', knockout: true }));
    for (const f of m.summary.topFindings) {
      expect(f.sentence).toMatch(/[.!?…]$/);
      expect(f.sentence.split(/[.!?]\s+[A-Z]/)).toHaveLength(1);
    }
  });

  it('counts coverage: answered, unknown, not applicable', () => {
    const c = modelOf(reportAssessment()).summary.coverage;
    expect(c).toMatchObject({ visible: 6, answered: 6, unknown: 1, notApplicable: 1, unanswered: 0 });
  });

  it('groups findings by area in template order, riskiest first, with figures in their units', () => {
    const m = modelOf(reportAssessment());
    expect(m.findings.map((g) => g.areaId)).toEqual(['region', 'data-path', 'identity']);
    const region = m.findings[0].rows;
    expect(region.map((r) => [r.checkId, r.level])).toEqual([
      ['region-02', 'high'],
      ['region-01', 'medium'],
    ]);
    expect(region[0].figure).toBe('Notice of new subprocessors: 30 days');
    expect(region[0].clause).toBe('The Supplier shall fix region-02 (bad).');
    expect(region[0].evidence).toBe('Ask for the clause that covers region-02.');
    // An unknown answer is not a finding: it is an open question to put to the vendor.
    expect(m.findings[1].rows.map((r) => r.checkId)).toEqual(['']);
    expect(m.openQuestions).toContainEqual(
      expect.objectContaining({ checkId: 'data-path-01', state: 'unknown', evidence: 'Ask for the clause that covers data-path-01.' }),
    );
  });

  it('leaves internal notes out unless asked for them', () => {
    const notes = (internal: boolean) =>
      modelOf(reportAssessment(), { includeInternalNotes: internal })
        .appendix.checks.flatMap((g) => g.entries)
        .flatMap((e) => e.notes.map((n) => n.text));
    expect(notes(false).join()).not.toContain('SECRET-INTERNAL');
    expect(notes(true).join()).toContain('SECRET-INTERNAL');
    expect(modelOf(reportAssessment(), { includeInternalNotes: true }).includesInternalNotes).toBe(true);
  });

  it('lists every visible check in the appendix with answer, evidence (date and digest) and references', () => {
    const entries = modelOf(reportAssessment()).appendix.checks.flatMap((g) => g.entries);
    expect(entries.map((e) => e.checkId)).toEqual(['region-01', 'region-02', 'data-path-01', 'data-path-02', 'identity-01', 'identity-02']);
    expect(entries[0].evidence).toEqual([
      `Data processing addendum; DPA v4.pdf; clause 7.2; seen 10 February 2026; SHA-256 ${'a'.repeat(64)}`,
    ]);
    expect(entries[0].references).toBe('CCM DSP-19');
    expect(entries[3].answer).toBe('Not applicable: No personal data leaves the tenant.');
    expect(entries[5].figure).toBe('Uptime committed: 99.9 %');
  });

  it('keeps a trace whose contributions add up to the overall score', () => {
    const m = modelOf(reportAssessment());
    expect(m.appendix.trace).toHaveLength(5);
    expect(m.appendix.overallRaw).toBeCloseTo(m.rating.score ?? -1, 1);
  });

  it('reports the file digest as given, or computes it from the payload', () => {
    const a = reportAssessment();
    expect(modelOf(a, { integrity: { digest: 'sha256:abc', matches: false } }).appendix.integrity).toEqual({
      digest: 'sha256:abc',
      status: 'mismatch',
    });
    expect(modelOf(a).appendix.integrity).toEqual({ digest: payloadDigest(a), status: 'computed' });
  });

  it('marks data-path hops against the required jurisdictions, from the recorded values only', () => {
    const hops = modelOf(reportAssessment()).dataPath.hops;
    expect(hops.map((h) => [h.standing, h.outsideOf, h.jurisdictions])).toEqual([
      ['inside', [], ['EU/EEA (Germany)']],
      ['outside', ['us'], ['US']],
      ['unknown', [], []],
    ]);
    // The region is prose for people: "US West" with no jurisdiction recorded is unknown, not outside.
    const byRegion = modelOf(
      reportAssessment((i) => {
        i.dataPath![0].jurisdictions = [];
        i.dataPath![0].region = 'US West';
      }),
    ).dataPath.hops;
    expect(byRegion.map((h) => h.standing)).toEqual(['unknown', 'outside', 'unknown']);
    const none = modelOf(reportAssessment((i) => void (i.profile.jurisdictions = []))).dataPath.hops;
    expect(none.every((h) => h.standing === 'no-requirement')).toBe(true);
  });

  it('turns a hop outside into a finding with a clause, and an unknown hop into an open question', () => {
    const m = modelOf(reportAssessment());
    const rows = m.findings.flatMap((g) => g.rows);
    const hop = rows.find((r) => r.checkId === '' && r.prompt.startsWith('Data path: Inference'));
    expect(hop).toMatchObject({ answer: expect.stringContaining('outside the required') as unknown });
    expect(hop?.clause).toMatch(/only in EU\/EEA/);
    expect(m.openQuestions.some((q) => q.state === 'hop' && q.question.includes('Abuse monitoring'))).toBe(true);
  });

  it('says why the rating is what it is, and counts the open questions beside it', () => {
    const m = modelOf(reportAssessment());
    expect(m.rating.reasons.length).toBeGreaterThan(0);
    expect(m.rating.reasons.join(' ')).not.toMatch(/\bko-/);
    expect(m.rating.openQuestions).toBe(m.openQuestions.length);
  });

  it('reads neither the clock nor a random source: a report made another day, another way, is the same', () => {
    const today = modelOf(reportAssessment());
    vi.useFakeTimers({ now: new Date('2031-07-19T23:59:00.000Z') });
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.999);
    try {
      expect(modelOf(reportAssessment())).toEqual(today);
    } finally {
      random.mockRestore();
      vi.useRealTimers();
    }
  });

  it('builds the 1,000-check model with every visible check in the appendix', () => {
    const m = modelOf(stressAssessment(1000));
    const visible = m.summary.coverage.visible;
    expect(m.appendix.checks.reduce((n, g) => n + g.entries.length, 0)).toBe(visible);
    expect(m.findings.reduce((n, g) => n + g.rows.length, 0)).toBe(m.summary.findingCount);
  });
});

describe('report text formatting', () => {
  it('shows figures with their units', () => {
    expect(formatFigure(30, { kind: 'number', label: 'x', unit: 'days' })).toBe('30 days');
    expect(formatFigure(1, { kind: 'number', label: 'x', unit: 'days' })).toBe('1 day');
    expect(formatFigure(99.9, { kind: 'number', label: 'x', unit: 'percent' })).toBe('99.9 %');
    expect(formatFigure(2016000, { kind: 'number', label: 'x', unit: 'currency' })).toBe('2,016,000 (contract currency)');
    expect(formatFigure('2026-06-30', { kind: 'date', label: 'x' })).toBe('30 June 2026');
    expect(formatNumber(-1234.5)).toBe('−1,234.5');
  });

  it('cuts a text to its first sentence', () => {
    expect(firstSentence('Ask for the clause. Then check it.')).toBe('Ask for the clause.');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
    expect(firstSentence('x'.repeat(500))).toHaveLength(220);
  });
});

describe('sanitiser for drawing', () => {
  const covered = new Set(
    Array.from('abcdefghijklmnopqrstuvwxyz ABCé.?\n')
      .map((c) => c.codePointAt(0)!)
      .concat([0xfffd]),
  );
  const clean = makeSanitiser(covered);

  it('drops right-to-left overrides, isolates and zero-width characters', () => {
    expect(clean('abc\u202Edef\u2066g\u200Bh\uFEFF')).toBe('abcdefgh');
  });

  it('drops control characters and keeps line breaks only in multi-line text', () => {
    expect(clean('a\u0007b\u001bc\r\nd')).toBe('abc d');
    expect(clean('a\u0000b\r\nc\u2028d', { multiline: true })).toBe('ab\nc\nd');
  });

  it('composes diacritics and replaces what the font cannot draw', () => {
    expect(clean('e\u0301')).toBe('é');
    expect(clean('a漢b😀c')).toBe('a\uFFFDb\uFFFDc');
    expect(clean('a\uD800b')).toBe('a\uFFFDb');
  });

  it('turns unusual spaces into plain spaces', () => {
    expect(clean('a\u00A0b\u2009c')).toBe('a b c');
  });
});

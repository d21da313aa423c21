import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine/evaluate';
import type { Assessment } from '../../src/core/assessment-schema';
import { buildReportModel } from '../../src/core/report/model';
import { miniAssessment } from '../support/builders';
import { upgradedMiniAssessment } from '../support/upgrade-builders';
import { readPdf, renderModel } from './report-helpers';

const HEADING = 'Answers kept from the earlier checklist';

/** The report's text as pdf.js reads it, with wrapped lines joined. */
async function reportText(assessment: Assessment, includeInternalNotes = false): Promise<string> {
  const model = buildReportModel(assessment, evaluate(assessment), {
    generatedAt: '2026-12-02T09:00:00.000Z',
    paper: 'a4',
    confidentiality: 'Confidential',
    includeInternalNotes,
  });
  const pdf = await readPdf(await renderModel(model));
  return pdf.pages
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe('PDF report: answers a checklist upgrade set aside', () => {
  it('prints them in their own appendix part: the question as asked, the answer and figure, why, notes and evidence', async () => {
    const text = await reportText(upgradedMiniAssessment());
    const at = text.indexOf(`G. ${HEADING}`);
    expect(at, 'the part after the references key').toBeGreaterThan(text.indexOf('F. References key'));
    const part = text.slice(at);
    // identity-02 is gone from 1.1.0: its whole answer, figure, shared note and evidence are kept.
    expect(part).toContain('identity-02 · version 1.0.0');
    expect(part).toContain('Does the vendor handle identity-02 well?');
    expect(part).toContain('Recorded: 45');
    expect(part).toContain('Checklist version 1.0.0 asked this question; the version this assessment now uses no longer does');
    expect(part).toContain('Leavers are removed by a weekly script.');
    expect(part).toContain('Offboarding runbook; clause 4.2; seen 18 November 2026');
    // region-02 stays, but "Partly" is no longer offered: the cleared response is kept, with why.
    expect(part).toContain('region-02 · version 1.0.0');
    expect(part).toContain('Partly');
    expect(part).toContain('the option chosen under version 1.0.0 is no longer offered');
    // Internal notes stay out unless asked for, here as everywhere in the report.
    expect(part).not.toContain('SECRET-INTERNAL');
    expect(await reportText(upgradedMiniAssessment(), true)).toContain('SECRET-INTERNAL: the script failed twice last year.');
  });

  it('prints no such part for an assessment nothing was set aside from', async () => {
    const text = await reportText(miniAssessment({ 'region-01': 'good', 'identity-01': 'good' }));
    expect(text).toContain('References key');
    expect(text).not.toContain(HEADING);
  });
});

import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from '../../src/core/assessment-schema';
import { modelOf, reportAssessment } from '../unit/report-fixtures';
import { readPdf, renderModel, type ReadPdf } from './report-helpers';

// The fixture report is dated 5 March 2026.
const flat = (pages: ReadPdf['pages']) =>
  pages
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/g, ' ');

function withReviewDates(input: AssessmentInput): void {
  input.nextReviewOn = '2026-03-01';
  const region = input.template.checks.find((c) => c.id === 'region-01');
  if (region) region.shortTitle = 'Inference region in the contract';
  const answers = input.answers as Record<string, { evidence?: { id: string; title: string; validUntil?: string }[] }>;
  answers['region-01'].evidence = [
    ...(answers['region-01'].evidence ?? []),
    { id: 'e-old', title: 'ISO 27001 certificate 2023', validUntil: '2026-02-28' },
    { id: 'e-today', title: 'Pen-test summary', validUntil: '2026-03-05' },
  ];
  answers['identity-02'].evidence = [{ id: 'e-sso', title: 'SSO configuration guide v2', validUntil: '2025-12-31' }];
}

describe('the report’s review date and expired evidence', () => {
  it('shows the next review date on the cover and the summary, marked overdue on the report date', async () => {
    const pdf = await readPdf(await renderModel(modelOf(reportAssessment(withReviewDates))));
    expect(flat(pdf.pages.slice(0, 1))).toContain('Next review 1 March 2026 (overdue on the report date)');
    expect(flat(pdf.pages.slice(1, 2))).toContain('Next review: 1 March 2026 (overdue on the report date).');
  });

  it('says "Not set" on the cover and prints no expired-evidence list when there is nothing to say', async () => {
    const pdf = await readPdf(await renderModel(modelOf(reportAssessment())));
    expect(flat(pdf.pages.slice(0, 1))).toContain('Next review Not set');
    expect(flat(pdf.pages)).not.toContain('Expired evidence');
    expect(pdf.outline.flatMap((o) => o.children)).not.toContain('Expired evidence');
  });

  it('lists each piece of evidence expired at the report date with its check’s short title and date, and not the one valid that day', async () => {
    const model = modelOf(reportAssessment(withReviewDates));
    expect(model.review.expired).toEqual([
      { title: 'ISO 27001 certificate 2023', check: 'Inference region in the contract', validUntil: '28 February 2026' },
      // Without a short title the check is named by its question, never its id.
      { title: 'SSO configuration guide v2', check: 'Does the vendor handle identity-02 well?', validUntil: '31 December 2025' },
    ]);
    const pdf = await readPdf(await renderModel(model));
    const text = flat(pdf.pages.slice(1));
    const at = text.indexOf('Expired evidence');
    expect(at).toBeGreaterThan(0);
    const section = text.slice(at, at + 600);
    expect(section).toContain('2 pieces of evidence were valid only until a date before this report');
    expect(section).toMatch(/ISO 27001 certificate 2023 .*28 February 2026/);
    expect(section).toMatch(/SSO configuration guide v2 .*31 December 2025/);
    expect(section).toContain('Inference region in the contract');
    expect(section).toContain('Does the vendor handle identity-02 well?');
    expect(section).not.toContain('Pen-test summary');
    expect(pdf.outline.find((o) => o.title === 'Action plan')?.children).toContain('Expired evidence');
  });
});

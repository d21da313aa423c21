import { describe, expect, it } from 'vitest';
import { modelOf, reportAssessment } from '../unit/report-fixtures';
import { readPdf, renderModel } from './report-helpers';

const SHA = 'b'.repeat(64);
const stated = { source: 'vendor-workbook' as const, sha256: SHA, fileName: 'acme-answers.xlsx', receivedAt: '2026-03-01T10:00:00.000Z' };

/** The fixture with one answer stated by the vendor and one the assessor verified against evidence. */
const withProvenance = () =>
  reportAssessment((a) => {
    const answers = a.answers ?? {};
    answers['region-02'] = { ...answers['region-02'], provenance: stated };
    answers['identity-01'] = {
      ...answers['identity-01'],
      provenance: {
        source: 'assessor-verified',
        at: '2026-03-03T12:00:00.000Z',
        vendor: { sha256: SHA, fileName: 'acme-answers.xlsx', receivedAt: '2026-03-01T10:00:00.000Z' },
      },
    };
  });

describe('the report shows where each answer came from', () => {
  it('counts the answers by provenance and names the source beside each answer in the appendix', async () => {
    const model = modelOf(withProvenance());
    const answered = model.appendix.checks.flatMap((g) => g.entries).length;
    expect(model.appendix.provenance.vendor).toBe(1);
    expect(model.appendix.provenance.assessor).toBe(1);
    expect(model.appendix.provenance.buyer).toBeGreaterThan(0);
    expect(model.appendix.provenance.buyer + 2).toBeLessThanOrEqual(answered);

    const pdf = await readPdf(await renderModel(model));
    const text = pdf.pages
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    const total = model.appendix.provenance.buyer + 2;
    expect(text).toContain(
      `Where the ${total} answers came from: ${model.appendix.provenance.buyer} typed by the buyer, 1 stated by the vendor, 1 verified by the assessor.`,
    );
    expect(text).toContain('Stated by the vendor in acme-answers.xlsx, received 1 March 2026');
    expect(text).toContain('Verified by the assessor on 3 March 2026 (stated by the vendor in acme-answers.xlsx, received 1 March 2026)');
  });

  it('says every answer was typed by the buyer when none came from the vendor', () => {
    const model = modelOf(reportAssessment());
    expect(model.appendix.provenance).toMatchObject({ vendor: 0, assessor: 0 });
    expect(model.appendix.checks.flatMap((g) => g.entries).every((e) => e.source === undefined)).toBe(true);
  });
});

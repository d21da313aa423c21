import { describe, expect, it } from 'vitest';
import { modelOf, reportAssessment } from '../unit/report-fixtures';
import { readPdf, renderModel, type ReadPdf } from './report-helpers';

/** The text from where `heading` is drawn as a section heading to the next section's heading, white space as one space. */
function sectionText(pdf: ReadPdf, heading: string, next: string): string {
  const all = pdf.pages
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/g, ' ');
  const start = all.indexOf(`${heading} The companies`);
  expect(start, `${heading} is drawn`).toBeGreaterThanOrEqual(0);
  return all.slice(start, all.indexOf(next, start));
}

describe('the report’s supply chain', () => {
  it('lists the providers with role, scope and jurisdictions, model makers first, in a section of its own', async () => {
    const assessment = reportAssessment((a) => {
      a.providers = [
        { id: 'p1', name: 'Contoso Cloud', role: 'cloud', scope: 'EU West (Dublin)', jurisdictions: [{ code: 'eu', memberState: 'IE' }] },
        { id: 'p2', name: 'Fabrikam Helpdesk', role: 'subprocessor', scope: '', jurisdictions: [] },
        { id: 'p3', name: 'Northwind Models', role: 'model-maker', scope: 'Drafting and summaries', jurisdictions: [{ code: 'us' }] },
      ];
    });
    const pdf = await readPdf(await renderModel(modelOf(assessment)));
    const titles = pdf.outline.map((o) => o.title);
    expect(titles.indexOf('Supply chain')).toBe(titles.indexOf('Data path') + 1);
    const text = sectionText(pdf, 'Supply chain', 'Findings and recommendations');
    expect(text).toContain('1 model maker, 1 hosting cloud, 1 other key subprocessor');
    // Each provider is one row (role, name, scope, jurisdictions on one line), model makers first.
    const page = pdf.pages.find((p) => p.items.some((i) => i.str === 'Supply chain' && i.size >= 16));
    const y = (str: string) => page?.items.find((i) => i.str === str)?.y ?? Number.NaN;
    for (const row of [
      ['Model maker', 'Northwind Models', 'Drafting and summaries', 'US'],
      ['Hosting cloud', 'Contoso Cloud', 'EU West (Dublin)', 'EU/EEA (Ireland)'],
      ['Other key subprocessor', 'Fabrikam Helpdesk', 'Not stated', 'Not recorded'],
    ])
      expect(row.map(y), row.join(' | ')).toEqual(row.map(() => y(row[1] ?? '')));
    expect(y('Northwind Models')).toBeGreaterThan(y('Contoso Cloud'));
    expect(y('Contoso Cloud')).toBeGreaterThan(y('Fabrikam Helpdesk'));
    // Readers see names and words, never a check id.
    expect(text).not.toMatch(/\b[a-z]+-\d{2}\b/);
  });

  it('is left out when no provider is recorded', async () => {
    const pdf = await readPdf(await renderModel(modelOf(reportAssessment())));
    expect(pdf.outline.map((o) => o.title)).not.toContain('Supply chain');
    expect(pdf.pages.map((p) => p.text).join(' ')).not.toContain('Supply chain');
  });
});

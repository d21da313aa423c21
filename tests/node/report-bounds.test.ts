import { describe, expect, it } from 'vitest';
import { encodeFineprint } from '../../src/core/file-format';
import { TRUNCATION_MARKER } from '../../src/core/report/appendix-bounds';
import { renderReport } from '../../src/node/report/export-report';
import { hugeNotesAssessment } from '../support/huge-notes';
import { stressAssessment } from '../support/stress';
import { readPdf } from './report-helpers';

const OPTIONS = { generatedAt: '2026-11-05T09:00:00.000Z' };

describe('the report of an assessment full of notes', () => {
  it('stays within a bounded number of pages and says what it left out', { timeout: 180_000 }, async () => {
    const huge = hugeNotesAssessment();
    expect(encodeFineprint(huge).length).toBeGreaterThan(23 * 1024 * 1024);
    const plain = await readPdf(await renderReport(stressAssessment(1000), OPTIONS));
    const bounded = await readPdf(await renderReport(huge, OPTIONS));
    // 150,000 characters of notes fill well under 100 pages; unbounded, this assessment made 10,794.
    expect(bounded.pages.length).toBeLessThan(plain.pages.length + 100);
    const text = bounded.pages.map((p) => p.text.replace(/\s+/g, ' ')).join(' ');
    expect(text).toContain('To keep this report readable it prints each note up to 1,500 characters');
    expect(text).toContain('The .fineprint file holds the full text.');
    expect(text).toContain(TRUNCATION_MARKER.replace('…', ''));
    expect(text).toMatch(/…and 2 more notes, in the \.fineprint file\./);
  });
});

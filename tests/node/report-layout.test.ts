import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine/evaluate';
import { decodeFineprint } from '../../src/core/file-format';
import { buildReportModel } from '../../src/core/report/model';
import { readPdf, renderModel, type ReadPdf } from './report-helpers';

const samples = join(import.meta.dirname, '../../templates/samples');
const SAMPLES = [
  'agent-platform-tenant-wide',
  'model-api-zero-retention-eu',
  'powered-by-startup-global-routing',
  'suite-copilot-second-model-maker',
];

async function sampleReport(name: string): Promise<ReadPdf> {
  const decoded = decodeFineprint(readFileSync(join(samples, `${name}.fineprint`)));
  if (!decoded.ok) throw new Error(`${name} did not decode`);
  const a = decoded.value.assessment;
  return readPdf(await renderModel(buildReportModel(a, evaluate(a), { generatedAt: '2026-11-05T09:00:00.000Z' })));
}

/** The body text of a page: everything between the running header and the footer. */
const body = (p: ReadPdf['pages'][number]) => p.items.filter((i) => i.str.trim() !== '' && i.y > 60 && i.y < p.height - 50);

/** The distinct text lines drawn below a y position on a page. */
const linesBelow = (p: ReadPdf['pages'][number], y: number) =>
  new Set(
    body(p)
      .filter((i) => i.y < y - 1)
      .map((i) => Math.round(i.y)),
  ).size;

describe.each(SAMPLES)('the report of the sample %s', (name) => {
  let pdf: ReadPdf;
  beforeAll(async () => {
    pdf = await sampleReport(name);
  });

  it('never leaves a heading at the foot of a page without the first rows of what it heads', () => {
    // Every bookmarked heading but the cover's (a bookmark only).
    const headings = pdf.outline.flatMap((o) => [o.title, ...o.children]).filter((t) => t !== 'Cover');
    for (const heading of headings) {
      const page = pdf.pages.find((p) => body(p).some((i) => i.str === heading && i.size >= 12));
      expect(page, heading).toBeDefined();
      if (!page) continue;
      const item = body(page).find((i) => i.str === heading && i.size >= 12);
      // A heading is followed on its page by its introduction, a table's header row and a first row.
      expect(linesBelow(page, item?.y ?? 0), `"${heading}"`).toBeGreaterThanOrEqual(3);
    }
  });

  it('never starts a page with the last row of a table alone', () => {
    pdf.pages.forEach((p, index) => {
      if (index === 0 || index === pdf.pages.length - 1) return;
      // A page with body text on one or two lines only is a page wasted on a few stray rows.
      const lines = new Set(body(p).map((i) => Math.round(i.y))).size;
      expect(lines, `page ${index + 1}`).toBeGreaterThan(4);
    });
  });
});

describe('short sections', () => {
  it('share a page: the action plan follows on from the open questions when it fits', async () => {
    const pdf = await sampleReport('model-api-zero-retention-eu');
    const page = (text: string) => pdf.pages.findIndex((p) => p.items.some((i) => i.str === text && i.size >= 16)) + 1;
    const open = pdf.pages.findIndex((p) => p.items.some((i) => i.str.startsWith('Open questions ('))) + 1;
    expect(page('Action plan')).toBe(open);
  });
});

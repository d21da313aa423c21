import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/canonical-json';
import type { ReportModel } from '../../src/core/report/model-types';
import { stressAssessment } from '../support/stress';
import { tempDir } from '../support/temp';
import { UNICODE_SAMPLES, modelOf, reportAssessment } from '../unit/report-fixtures';
import { pdftotext, readPdf, renderModel, type ReadPdf } from './report-helpers';

const SECTIONS = ['Executive summary', 'Data path', 'Findings and recommendations', 'Action plan', 'Appendix'];

/** The first page that holds a section heading (drawn at the section heading's size). */
function pageOfHeading(pdf: ReadPdf, heading: string): number {
  return pdf.pages.findIndex((p) => p.items.some((i) => i.str === heading && i.size >= 16)) + 1;
}

/** Whether a section heading starts its page's body (right under the running header). */
function startsPage(pdf: ReadPdf, heading: string): boolean {
  const p = pdf.pages[pageOfHeading(pdf, heading) - 1];
  return p !== undefined && p.items.some((i) => i.str === heading && i.y > p.height - 140);
}

/** All the text of some pages with runs of white space (line breaks of wrapped text) as one space. */
const flat = (pages: ReadPdf['pages']) =>
  pages
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/g, ' ');

/** The side margins of the layout, in points. */
const MARGIN = 54;

/** Every text item lies within the side margins and off the page edges top and bottom. */
function expectNothingOffPage(pdf: ReadPdf): void {
  pdf.pages.forEach((p, index) => {
    for (const item of p.items) {
      if (item.str.trim() === '') continue;
      const where = `page ${index + 1}: "${item.str.slice(0, 40)}"`;
      expect(item.x, where).toBeGreaterThanOrEqual(MARGIN - 0.5);
      expect(item.x + item.width, where).toBeLessThanOrEqual(p.width - MARGIN + 0.5);
      expect(item.y, where).toBeGreaterThanOrEqual(20);
      expect(item.y, where).toBeLessThanOrEqual(p.height - 20);
    }
  });
}

describe('PDF report of the fixture assessment', () => {
  let pdf: ReadPdf;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderModel(modelOf(reportAssessment()));
    pdf = await readPdf(bytes);
  });

  it('is a PDF with the sections in the issue order, the summary and findings each starting a page', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pages = SECTIONS.map((s) => pageOfHeading(pdf, s));
    expect(pages.every((p) => p > 1)).toBe(true);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(startsPage(pdf, 'Executive summary')).toBe(true);
    expect(startsPage(pdf, 'Findings and recommendations')).toBe(true);
    expect(pdf.pages[0].text).toContain('AI SERVICE RISK ASSESSMENT');
    expect(pdf.pages[0].text).toContain('Contoso Ltd');
  });

  it('has the service name in the header and "Page N of M" with the label in the footer of every page', () => {
    const m = pdf.pages.length;
    pdf.pages.forEach((p, i) => {
      const top = p.items.filter((x) => x.y > p.height - 60).map((x) => x.str);
      const bottom = p.items.filter((x) => x.y < 60).map((x) => x.str);
      expect(top, `page ${i + 1}`).toContain('Acme Copilot Pro');
      expect(bottom, `page ${i + 1}`).toContain(`Page ${i + 1} of ${m}`);
      expect(bottom, `page ${i + 1}`).toContain('Confidential: board only');
    });
  });

  it('sets the document properties', () => {
    expect(pdf.info).toMatchObject({
      Title: 'Acme Copilot Pro: AI service risk assessment',
      Author: 'Contoso Ltd (Aline Dupont, Ingrid Vos)',
      Creator: 'FinePrint',
    });
    expect(pdf.info['Subject']).toMatch(/^Risk assessment of Acme Copilot Pro \(Acme Models GmbH\).*rating Critical/);
    expect(pdf.info['Keywords']).toContain('risk assessment');
  });

  it('has an outline with the sections, the finding areas and the appendix parts', () => {
    expect(pdf.outline.map((o) => o.title)).toEqual(['Cover', ...SECTIONS]);
    const children = Object.fromEntries(pdf.outline.map((o) => [o.title, o.children]));
    expect(children['Findings and recommendations']).toEqual([
      'Service region (2)',
      'Data path (1)',
      'Identity and access (1)',
      'Open questions (2)',
    ]);
    expect(children['Action plan']).toEqual(['Conditions', 'Conditions to keep', 'Sign-offs', 'History']);
    expect(children['Appendix']).toEqual([
      'A. Profile',
      'B. Checks and answers',
      'C. Scoring method',
      'D. Score trace',
      'E. File integrity',
      'F. References key',
    ]);
  });

  it('shows the rating, the decision, the knock-out and the findings with what to do', () => {
    const summary = flat([pdf.pages[pageOfHeading(pdf, 'Executive summary') - 1]]);
    expect(summary).toContain('Critical');
    expect(summary).toContain('Approved with conditions');
    expect(summary).toContain('Knock-outs hit (1)');
    expect(summary).toContain('Risk by area');
    const all = flat(pdf.pages);
    expect(all).toContain('The Supplier shall fix region-02 (bad).');
    expect(all).toContain('Notice of new subprocessors: 30 days');
    expect(all).toContain('Contract clause to request');
    expect(all).toContain('Commit the inference region in the order form.');
    expect(all).toContain('Legal counsel');
    expect(all).toContain('30 June 2026');
    expect(all).toContain('seen 10 February 2026');
    // The history, worded by the report from the typed events in the file.
    expect(all).toContain('Answered.');
    expect(all).toContain('Decision changed from Pending to Approved with conditions.');
    expect(all.replace(/ /g, '')).toContain(`SHA-256${'a'.repeat(64)}`);
  });

  it('puts the executive summary on one page', () => {
    const start = pageOfHeading(pdf, 'Executive summary');
    expect(pageOfHeading(pdf, 'Data path')).toBe(start + 1);
    expect(pdf.pages[start - 1].text).toContain('Top findings');
  });

  it('marks the hop outside the required jurisdictions in the data-path diagram', () => {
    const page = flat([pdf.pages[pageOfHeading(pdf, 'Data path') - 1]]);
    expect(page).toContain('OUTSIDE REQUIRED: US');
    expect(page).toContain('INSIDE EU/EEA');
    expect(page).toContain('JURISDICTION UNKNOWN: ASK THE VENDOR');
    expect(page).toContain('Big Cloud Inc.');
  });

  it('prints the integrity digest of the assessment in the appendix, and whether the file matched it', async () => {
    // Computed here with Node's own SHA-256 over the canonical payload, not with the app's digest code.
    const expected = createHash('sha256').update(canonicalJson(reportAssessment()), 'utf8').digest('hex');
    const all = flat(pdf.pages);
    expect(all.replace(/\s+/g, '')).toContain(`Fingerprint(SHA-256)oftheassessment'scontent:sha256:${expected}`);
    // In plain words: what was checked, and what the fingerprint is for.
    expect(all).toContain('This report was made from the library copy, so there was no saved file to check against.');
    expect(flat([pdf.pages[0]])).toContain('Assessment file Made from the library copy; its fingerprint is in the appendix');
    expect(all).not.toMatch(/Digest computed/);
    // A file that was changed outside FinePrint says so beside its (stored) fingerprint.
    const stored = `sha256:${'ab'.repeat(32)}`;
    const tampered = await readPdf(await renderModel(modelOf(reportAssessment(), { integrity: { digest: stored, matches: false } })));
    const tamperedText = flat(tampered.pages);
    expect(tamperedText.replace(/\s+/g, '')).toContain(stored);
    expect(tamperedText).toContain('WARNING: the assessment file was changed outside FinePrint after it was last saved.');
    const intact = await readPdf(await renderModel(modelOf(reportAssessment(), { integrity: { digest: stored, matches: true } })));
    expect(flat([intact.pages[0]])).toContain('Checked: unchanged since FinePrint saved it');
  });

  it('explains every framework reference in a references key at the end of the appendix', () => {
    const all = flat(pdf.pages);
    const key = all.slice(all.lastIndexOf('F. References key'));
    expect(key).toContain('Reference Framework');
    expect(key).toMatch(/CCM CSA Cloud Controls Matrix v4/);
  });

  it('prints each sign-off’s outcome and comment, and the outcomes on the cover', async () => {
    const signed = reportAssessment((input) => {
      input.decision = {
        ...input.decision,
        signOffs: [
          {
            role: 'security',
            name: 'Ingrid Vos',
            date: '2026-03-03',
            outcome: 'reject',
            comment: 'Needs the TLS termination point first.',
          },
          { role: 'procurement', name: 'Aline Dupont', outcome: 'approve' },
        ],
      };
    });
    const read = await readPdf(await renderModel(modelOf(signed)));
    const all = flat(read.pages);
    expect(all).toMatch(/Role Name Date Outcome Comment/);
    const signOffs = all.slice(all.indexOf('Role Name Date Outcome Comment'), all.indexOf('History Date'));
    for (const text of ['Security', 'Ingrid Vos', 'Rejected', 'Needs the TLS termination point first.', 'Procurement', 'Approved'])
      expect(signOffs).toContain(text);
    // The cover names each person, their outcome and the date, one sign-off a line.
    const cover = flat(read.pages.slice(0, 1));
    expect(cover).toContain('Signed off by Security: Ingrid Vos, rejected, 3 March 2026');
    expect(cover).toContain('Signed off by Procurement: Aline Dupont, approved');
  });

  it('leaves internal notes out by default and includes them when asked', async () => {
    const all = flat(pdf.pages);
    expect(all).not.toContain('SECRET-INTERNAL');
    expect(all).toContain('Shared: vendor names Frankfurt only.');
    const withNotes = await readPdf(await renderModel(modelOf(reportAssessment(), { includeInternalNotes: true })));
    const text = flat(withNotes.pages);
    expect(text).toContain('SECRET-INTERNAL');
    expect(text).toContain('This report includes internal notes');
  });

  it('keeps every piece of text on the page', () => expectNothingOffPage(pdf));

  it('gives the same bytes for the same model', async () => {
    expect(Buffer.compare(Buffer.from(await renderModel(modelOf(reportAssessment()))), Buffer.from(bytes))).toBe(0);
  });
});

describe('text round trip', () => {
  it('keeps Latin diacritics, Greek, Cyrillic and typographic punctuation extractable (pdf.js and pdftotext)', async () => {
    const dir = tempDir('report');
    const bytes = await renderModel(modelOf(reportAssessment()));
    const js = flat((await readPdf(bytes)).pages);
    const file = join(dir, 'unicode.pdf');
    writeFileSync(file, bytes);
    const poppler = pdftotext(file).replace(/\s+/g, ' ');
    for (const sample of UNICODE_SAMPLES) {
      for (const word of sample.split(' ')) {
        expect(js, 'pdf.js').toContain(word);
        expect(poppler, 'pdftotext').toContain(word);
      }
    }
  });
});

describe('hostile strings', () => {
  const hostile = (m: ReportModel) => {
    const note = `Start of a long note. ${'A hostile\u202E reversed run \u0007 with a bell, '.repeat(110)}${'x'.repeat(600)} End of the long note.`;
    m.cover.service = 'Evil\u202Egnp.exe Copilot\u0000\u001b[31m';
    m.cover.vendor = `${'V'.repeat(400)} Vendor`;
    m.appendix.checks[0].entries[0].notes.push({ text: note, internal: false, date: '1 March 2026' });
    m.findings[0].rows[0].clause = `${'Clause '.repeat(700)}\u202E\u2066`;
    m.dataPath.hops[0].component = 'ⅷ漢字😀 component\u200B\u202E';
    return m;
  };

  it('render without crashing, keep the layout and drop direction overrides and control characters', async () => {
    const pdf = await readPdf(await renderModel(hostile(modelOf(reportAssessment()))));
    const all = flat(pdf.pages);
    expect(all).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u001b]/);
    expect(all).toContain('Evilgnp.exe Copilot[31m');
    expect(all).toContain('Start of a long note.');
    // The appendix prints a note up to 1,500 characters and marks the cut (see appendix-bounds.ts).
    expect(all).toContain('…(truncated; full text in the .fineprint file)');
    expect(all).not.toContain('End of the long note.');
    expect(all).toContain('\uFFFD');
    expectNothingOffPage(pdf);
    const m = pdf.pages.length;
    pdf.pages.forEach((p, i) => expect(p.items.map((x) => x.str)).toContain(`Page ${i + 1} of ${m}`));
  });
});

describe('a template with many areas', () => {
  it('keeps the executive summary on one page and counts the areas the chart leaves out', async () => {
    const many = reportAssessment((input) => {
      for (let i = 1; i <= 40; i++) input.template.areas.push({ id: `extra-${i}`, title: `Extra area number ${i} with a long title` });
    });
    const pdf = await readPdf(await renderModel(modelOf(many)));
    const summary = pageOfHeading(pdf, 'Executive summary');
    expect(pageOfHeading(pdf, 'Data path')).toBe(summary + 1);
    expect(flat([pdf.pages[summary - 1]])).toMatch(/\d+ more areas in the appendix/);
    expectNothingOffPage(pdf);
  });
});

describe('long tables', () => {
  it('break across pages with the header row repeated on each page', async () => {
    const pdf = await readPdf(await renderModel(modelOf(stressAssessment(200))));
    const from = pageOfHeading(pdf, 'Findings and recommendations');
    const open = pdf.pages.findIndex((p) => p.items.some((i) => i.str.startsWith('Open questions ('))) + 1;
    const to = pageOfHeading(pdf, 'Action plan');
    expect(open - from).toBeGreaterThan(3);
    expect(to - open).toBeGreaterThanOrEqual(1);
    for (let page = from; page < open; page++) {
      const text = flat([pdf.pages[page - 1]]);
      expect(text, `page ${page}`).toContain('Contract clause to request');
      expect(text, `page ${page}`).toContain('Evidence to request');
    }
    for (let page = open + 1; page < to; page++)
      expect(flat([pdf.pages[page - 1]]), `page ${page}`).toContain('Question to put to the vendor');
    expectNothingOffPage(pdf);
  });
});

describe('paper sizes', () => {
  it('lays out A4 by default and US Letter when asked', async () => {
    const a4 = await readPdf(await renderModel(modelOf(reportAssessment())));
    const letter = await readPdf(await renderModel(modelOf(reportAssessment(), { paper: 'letter' })));
    expect(a4.pages.every((p) => Math.round(p.width) === 595 && Math.round(p.height) === 842)).toBe(true);
    expect(letter.pages.every((p) => p.width === 612 && p.height === 792)).toBe(true);
    expectNothingOffPage(letter);
  });
});

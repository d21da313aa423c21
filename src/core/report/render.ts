import { jsPDF } from 'jspdf';
import { sha256Hex } from '../digest';
import { drawAppendix } from './appendix';
import { drawActionPlan, drawDataPathSection, drawFindings } from './body';
import { drawChangesSection } from './changes';
import { reportCharsetCodePoints } from './charset';
import { formatDate } from './format';
import { drawCover, drawSummary } from './front';
import { FONT, Layout, type Bookmark, type Face } from './layout';
import type { ReportModel } from './model-types';
import { drawRetiredAnswers } from './retired';
import { drawExpiredEvidence } from './review-section';
import { makeSanitiser } from './sanitise';
import { drawSupplyChain } from './supply-chain';
import { COLOURS, SIZE } from './theme';

/** The TrueType faces the report is set in, as bytes: the caller loads them (from disk, or over IPC). */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** What the renderer needs besides the model. */
export interface RenderOptions {
  fonts: ReportFonts;
}

// Fonts are usually the same bytes report after report: convert them once.
const prepared = new WeakMap<Uint8Array, { binary: string }>();
function prepareFont(bytes: Uint8Array): { binary: string } {
  let p = prepared.get(bytes);
  if (!p) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    p = { binary };
    prepared.set(bytes, p);
  }
  return p;
}

/** Text cut to fit a width, with an ellipsis when it had to be cut. */
function fitText(l: Layout, text: string, width: number, face: Face, size: number): string {
  const s = l.clean(text);
  if (l.textWidth(s, face, size) <= width) return s;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (l.textWidth(`${s.slice(0, mid)}…`, face, size) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${s.slice(0, lo).trimEnd()}…`;
}

function drawPageFurniture(l: Layout, m: ReportModel): void {
  const doc = l.doc;
  const pages = doc.getNumberOfPages();
  const half = l.contentWidth / 2 - 8;
  const service = fitText(l, m.cover.service, half, 'bold', SIZE.small);
  const vendor = fitText(l, `AI service risk assessment · ${m.cover.vendor}`, half, 'normal', SIZE.small);
  const label = fitText(l, m.confidentiality, l.contentWidth / 2 - 60, 'bold', SIZE.tiny);
  const made = `FinePrint report · ${formatDate(m.generatedAt)}`;
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    l.font('bold', SIZE.small, COLOURS.navy);
    doc.text(service, l.left, 34);
    l.font('normal', SIZE.small, COLOURS.muted);
    doc.text(vendor, l.right, 34, { align: 'right' });
    doc.setDrawColor(...COLOURS.rule);
    doc.setLineWidth(0.6);
    doc.line(l.left, 42, l.right, 42);
    const footerY = l.height - 30;
    doc.line(l.left, footerY - 11, l.right, footerY - 11);
    l.font('bold', SIZE.tiny, COLOURS.navy);
    doc.text(label, l.left, footerY);
    l.font('normal', SIZE.tiny, COLOURS.muted);
    doc.text(made, l.width / 2, footerY, { align: 'center' });
    l.font('bold', SIZE.tiny, COLOURS.ink);
    doc.text(`Page ${page} of ${pages}`, l.right, footerY, { align: 'right' });
  }
}

function addOutline(doc: jsPDF, parent: unknown, entries: readonly Bookmark[]): void {
  for (const entry of entries) {
    const item = doc.outline.add(parent, entry.title, { pageNumber: entry.page });
    addOutline(doc, item, entry.children);
  }
}

/**
 * Renders the report model as a PDF with jsPDF: embedded Unicode fonts (handed in as bytes, so this runs in
 * Node and in the window alike), vector charts and diagrams, a header and a "Page N of M" footer with the
 * confidentiality label on every page, document properties and an outline. Deterministic for a given model.
 */
export function renderReportPdf(model: ReportModel, options: RenderOptions): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: model.paper, compress: true, putOnlyUsedFonts: true, floatPrecision: 2 });
  const regular = prepareFont(options.fonts.regular);
  const bold = prepareFont(options.fonts.bold);
  doc.addFileToVFS('ReportSans-Regular.ttf', regular.binary);
  doc.addFont('ReportSans-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('ReportSans-Bold.ttf', bold.binary);
  doc.addFont('ReportSans-Bold.ttf', FONT, 'bold');
  // The fonts are cut to the report charset at build time; the font test checks both faces draw all of it.
  const clean = makeSanitiser(reportCharsetCodePoints());
  doc.setLineHeightFactor(1.3);

  const p = model.properties;
  doc.setDocumentProperties({
    title: clean(p.title),
    subject: clean(p.subject),
    author: clean(p.author),
    keywords: p.keywords.map((k) => clean(k)).join(', '),
    creator: 'FinePrint',
  });
  doc.setCreationDate(new Date(model.generatedAt));
  doc.setFileId(sha256Hex(`${p.title}\n${model.generatedAt}`).slice(0, 32).toUpperCase());

  const l = new Layout(doc, clean, model.paper);
  drawCover(l, model);
  drawSummary(l, model);
  drawChangesSection(l, model.changes);
  drawDataPathSection(l, model);
  drawSupplyChain(l, model);
  drawFindings(l, model);
  drawActionPlan(l, model);
  drawExpiredEvidence(l, model.review);
  drawAppendix(l, model);
  drawRetiredAnswers(l, model);
  drawPageFurniture(l, model);
  addOutline(doc, null, l.outline);
  return new Uint8Array(doc.output('arraybuffer'));
}

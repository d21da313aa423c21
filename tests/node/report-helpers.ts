// Renders report PDFs and reads them back as a reader would: pdf.js (legacy build, for Node) and pdftotext.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ReportModel } from '../../src/core/report/model-types';
import { renderReportPdf } from '../../src/core/report/render';
import { loadReportFonts } from '../../src/node/report/load-fonts';

/** Renders a model with the report fonts. */
export async function renderModel(model: ReportModel): Promise<Uint8Array> {
  return renderReportPdf(model, { fonts: await loadReportFonts() });
}

/** One positioned piece of text on a page, in PDF points from the bottom left. */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size the text is drawn at. */
  size: number;
}

/** What a PDF reader sees: pages with their size and text, the outline, the document properties. */
export interface ReadPdf {
  pages: { width: number; height: number; text: string; items: PlacedText[]; images: number }[];
  outline: { title: string; children: string[] }[];
  info: Record<string, unknown>;
}

/** Reads a PDF back with pdf.js (legacy build, for Node): every page's text, the outline, the info dictionary. */
export async function readPdf(bytes: Uint8Array, options: { images?: boolean } = {}): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false })
    .promise;
  const pages: ReadPdf['pages'] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: PlacedText[] = [];
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      items.push({
        str: item.str,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        width: item.width,
        size: Math.abs(item.transform[3] as number),
      });
      text += item.str + (item.hasEOL ? '\n' : ' ');
    }
    let images = 0;
    if (options.images) {
      const ops = await page.getOperatorList();
      images = ops.fnArray.filter((f) => f === OPS.paintImageXObject).length;
    }
    pages.push({ width: x1 - x0, height: y1 - y0, text, items, images });
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => ({
    title: o.title,
    children: (o.items as { title: string }[]).map((c) => c.title),
  }));
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, outline, info: info as Record<string, unknown> };
}

/** All the text of a PDF file as pdf.js reads it, pages in order, with every run of white space as one space. */
export async function pdfPlainText(path: string): Promise<string> {
  const { pages } = await readPdf(new Uint8Array(readFileSync(path)));
  return pages
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The text poppler's pdftotext extracts (the other reader the issue names). */
export function pdftotext(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

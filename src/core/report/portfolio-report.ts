import { jsPDF } from 'jspdf';
import { sha256Hex } from '../digest';
import type { Portfolio, PortfolioLink, PortfolioService, WhatIf } from '../portfolio';
import { PROVIDER_EVENT_LABEL, PROVIDER_ROLE_LABEL, concentrationWords } from '../portfolio-words';
import type { Rating } from '../risk';
import { reportCharsetCodePoints } from './charset';
import { OUTCOME_LABEL, RISK_LABEL, formatDate } from './format';
import { FONT, Layout, type Bookmark } from './layout';
import type { ReportFonts } from './render';
import type { Paper } from './report-options';
import { makeSanitiser } from './sanitise';
import { drawTable, type TableCell, type TableRow } from './table';
import { COLOURS, RISK_COLOUR, RISK_TINT, SIZE } from './theme';

/** What the portfolio report prints: the portfolio, and the what-if the user was looking at, if any. */
export interface PortfolioReportInput {
  portfolio: Portfolio;
  /** ISO timestamp printed as the report date. */
  generatedAt: string;
  paper?: Paper;
  organisation?: string;
  /** Printed on every page; "Confidential" by default. */
  confidentiality?: string;
  whatIf?: WhatIf;
}

/** How many provider columns one matrix table holds before the next table takes the rest. */
const MATRIX_COLUMNS = 6;

const ratingCell = (rating: Rating | null, provisional: boolean): TableCell =>
  rating === null
    ? { parts: [{ text: 'Not rated', colour: COLOURS.muted }] }
    : {
        parts: [
          { text: RISK_LABEL[rating], face: 'bold', colour: RISK_COLOUR[rating] },
          ...(provisional ? [{ text: 'provisional', colour: COLOURS.muted, size: SIZE.tiny }] : []),
        ],
        fill: RISK_TINT[rating],
      };

const roles = (link: PortfolioLink) => link.roles.map((r) => PROVIDER_ROLE_LABEL[r]).join(', ');
const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'Not recorded');

function drawFront(l: Layout, input: PortfolioReportInput): void {
  const p = input.portfolio;
  if (input.organisation) l.paragraph(input.organisation, { face: 'bold', size: 11, colour: COLOURS.navy, maxLines: 2, gapAfter: 10 });
  l.paragraph('AI SERVICE PORTFOLIO', { face: 'bold', size: SIZE.small, colour: COLOURS.muted, gapAfter: 6 });
  l.bookmark('Upstream providers and concentration', 1);
  l.paragraph('Upstream providers and concentration', { face: 'bold', size: SIZE.title, colour: COLOURS.navy, gapAfter: 8 });
  const services = p.services.length;
  l.paragraph(
    `${services} service${services === 1 ? '' : 's'} in the library, ${p.sensitiveServices} with personal or regulated data; ` +
      `${p.providers.length} upstream provider${p.providers.length === 1 ? '' : 's'} recorded` +
      `${p.withoutProviders > 0 ? `; ${p.withoutProviders} service${p.withoutProviders === 1 ? ' has' : 's have'} no provider recorded yet` : ''}. ` +
      `Made on ${formatDate(input.generatedAt)}.`,
    { size: SIZE.body, gapAfter: 10 },
  );
  l.paragraph(
    'When a model maker, a cloud or a key subprocessor changes its terms, its deal with a partner or its region, every service that depends on it is affected at once. The table shows, for each provider, how many services depend on it, of all services and of those that handle personal or regulated data.',
    { size: SIZE.small, colour: COLOURS.muted, gapAfter: 8 },
  );
  if (p.providers.length === 0) {
    l.paragraph('No upstream providers are recorded in any assessment yet. Record them on each assessment’s providers page.', {
      size: SIZE.body,
    });
    return;
  }
  const rows: TableRow[] = p.providers.map((provider) => {
    const words = concentrationWords(provider.concentration, services, p.sensitiveServices);
    const heavy = provider.concentration.share >= 0.5;
    return {
      cells: [
        { parts: [{ text: provider.name, face: 'bold' }] },
        provider.roles.map((r) => PROVIDER_ROLE_LABEL[r]).join(', '),
        heavy ? { parts: [{ text: words.all, face: 'bold', colour: RISK_COLOUR.high }], fill: RISK_TINT.high } : words.all,
        words.sensitive,
      ],
    };
  });
  drawTable(
    l,
    [
      { header: 'Provider', width: 30 },
      { header: 'Role', width: 20 },
      { header: 'Services depending on it', width: 25 },
      { header: 'Of those with personal or regulated data', width: 25 },
    ],
    rows,
    { size: SIZE.small, heading: { text: 'Concentration', level: 2 } },
  );
}

function drawMatrix(l: Layout, p: Portfolio): void {
  if (p.providers.length === 0) return;
  l.heading('Services against providers', 1);
  l.paragraph(
    'Each row is a service, each column a provider; a cell names the role the provider plays for that service. Providers are in order of how many services depend on them.',
    { size: SIZE.small, colour: COLOURS.muted },
  );
  for (let start = 0; start < p.providers.length; start += MATRIX_COLUMNS) {
    const slice = p.providers.slice(start, start + MATRIX_COLUMNS);
    const rows: TableRow[] = p.matrix
      .filter((row) => row.cells.slice(start, start + MATRIX_COLUMNS).some((c) => c !== null))
      .map((row) => ({
        cells: [
          {
            parts: [
              { text: row.service.service, face: 'bold' },
              { text: row.service.vendor, colour: COLOURS.muted, size: SIZE.tiny },
            ],
          },
          ratingCell(row.service.rating, row.service.provisional),
          ...row.cells
            .slice(start, start + MATRIX_COLUMNS)
            .map((c): TableCell => (c ? { parts: [{ text: roles(c) }], fill: COLOURS.navySoft } : '')),
        ],
      }));
    if (rows.length === 0) continue;
    drawTable(
      l,
      [
        { header: 'Service', width: 22 },
        { header: 'Rating', width: 10 },
        ...slice.map((x) => ({ header: x.name, width: 68 / MATRIX_COLUMNS })),
      ],
      rows,
      { size: SIZE.tiny },
    );
    l.y += 10;
  }
}

function serviceRow(s: PortfolioService & PortfolioLink): TableRow {
  return {
    cells: [
      {
        parts: [
          { text: s.service, face: 'bold' },
          { text: s.vendor, colour: COLOURS.muted, size: SIZE.tiny },
        ],
      },
      roles(s) + (s.scope ? `: ${s.scope}` : ''),
      ratingCell(s.rating, s.provisional),
      OUTCOME_LABEL[s.decision],
      list(s.dataClasses),
      s.users || 'Not recorded',
      list(s.jurisdictions),
    ],
  };
}

function drawProviders(l: Layout, p: Portfolio): void {
  if (p.providers.length === 0) return;
  l.heading('Services by provider', 1);
  for (const provider of p.providers) {
    const words = concentrationWords(provider.concentration, p.services.length, p.sensitiveServices);
    drawTable(
      l,
      [
        { header: 'Service', width: 17 },
        { header: 'Role and scope', width: 15 },
        { header: 'Rating', width: 9 },
        { header: 'Decision', width: 11 },
        { header: 'Data classes', width: 18 },
        { header: 'Users', width: 17 },
        { header: 'Jurisdictions', width: 13 },
      ],
      provider.services.map(serviceRow),
      {
        size: SIZE.tiny,
        heading: {
          text: provider.name,
          level: 2,
          intro: `${provider.roles.map((r) => PROVIDER_ROLE_LABEL[r]).join(', ')} · ${words.all} services · with personal or regulated data: ${words.sensitive}`,
        },
      },
    );
    l.y += 6;
  }
}

function drawWhatIf(l: Layout, w: WhatIf): void {
  l.heading(`What if ${w.provider.name} ${PROVIDER_EVENT_LABEL[w.event]}?`, 1);
  l.paragraph(
    `${w.services.length} service${w.services.length === 1 ? '' : 's'} depend${w.services.length === 1 ? 's' : ''} on ${w.provider.name}. For each, the checks this event reopens (the answers given may no longer hold) and how the service would cope without the provider.`,
    { size: SIZE.small, colour: COLOURS.muted },
  );
  if (w.missing.length > 0)
    l.paragraph(
      `${w.missing.length} affected assessment${w.missing.length === 1 ? '' : 's'} could not be read and ${w.missing.length === 1 ? 'is' : 'are'} not shown.`,
      {
        size: SIZE.small,
        colour: RISK_COLOUR.high,
      },
    );
  for (const s of w.services) {
    const answer = (a: string | null) => a ?? 'Not answered';
    drawTable(
      l,
      [
        { header: 'Check reopened', width: 45 },
        { header: 'Answer today', width: 55 },
      ],
      s.reopened.length > 0
        ? s.reopened.map((c) => ({ cells: [c.title, answer(c.answer)] }))
        : [{ cells: ['No check in this assessment is tagged for this event.', ''] }],
      {
        size: SIZE.small,
        heading: {
          text: `${s.service} (${s.vendor})`,
          level: 2,
          intro: `${roles(s)} · ${s.rating === null ? 'not rated' : `rated ${RISK_LABEL[s.rating].toLowerCase()}`} · ${OUTCOME_LABEL[s.decision].toLowerCase()}`,
        },
      },
    );
    if (w.event !== 'provider-leaves' && s.exitAnswers.length > 0)
      drawTable(
        l,
        [
          { header: 'Exit and fallback', width: 45 },
          { header: 'Answer today', width: 55 },
        ],
        s.exitAnswers.map((c) => ({ cells: [c.title, answer(c.answer)] })),
        { size: SIZE.small },
      );
    l.y += 6;
  }
}

function drawFurniture(l: Layout, confidentiality: string, generatedAt: string): void {
  const doc = l.doc;
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    l.font('bold', SIZE.small, COLOURS.navy);
    doc.text('AI service portfolio', l.left, 34);
    l.font('normal', SIZE.small, COLOURS.muted);
    doc.text('Upstream providers and concentration', l.right, 34, { align: 'right' });
    doc.setDrawColor(...COLOURS.rule);
    doc.setLineWidth(0.6);
    doc.line(l.left, 42, l.right, 42);
    const footerY = l.height - 30;
    doc.line(l.left, footerY - 11, l.right, footerY - 11);
    l.font('bold', SIZE.tiny, COLOURS.navy);
    doc.text(l.clean(confidentiality).slice(0, 80), l.left, footerY);
    l.font('normal', SIZE.tiny, COLOURS.muted);
    doc.text(`FinePrint portfolio report · ${formatDate(generatedAt)}`, l.width / 2, footerY, { align: 'center' });
    l.font('bold', SIZE.tiny, COLOURS.ink);
    doc.text(`Page ${page} of ${pages}`, l.right, footerY, { align: 'right' });
  }
}

function addOutline(doc: jsPDF, parent: unknown, entries: readonly Bookmark[]): void {
  for (const entry of entries) addOutline(doc, doc.outline.add(parent, entry.title, { pageNumber: entry.page }), entry.children);
}

/**
 * Renders the portfolio report with jsPDF in the assessment report's house style (its fonts, palette,
 * tables and page furniture): concentration summary, the services-against-providers matrix, each
 * provider's services, and the what-if when one is given. Deterministic for a given input.
 */
export function renderPortfolioPdf(input: PortfolioReportInput, fonts: ReportFonts): Uint8Array {
  const paper = input.paper ?? 'a4';
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true, putOnlyUsedFonts: true, floatPrecision: 2 });
  const binary = (bytes: Uint8Array) => {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return s;
  };
  doc.addFileToVFS('ReportSans-Regular.ttf', binary(fonts.regular));
  doc.addFont('ReportSans-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('ReportSans-Bold.ttf', binary(fonts.bold));
  doc.addFont('ReportSans-Bold.ttf', FONT, 'bold');
  const clean = makeSanitiser(reportCharsetCodePoints());
  doc.setLineHeightFactor(1.3);
  const title = 'AI service portfolio: upstream providers and concentration';
  doc.setDocumentProperties({
    title,
    subject: 'Which AI services depend on which model makers, clouds and subprocessors',
    author: clean(input.organisation ?? ''),
    keywords: 'AI, concentration, providers, portfolio',
    creator: 'FinePrint',
  });
  doc.setCreationDate(new Date(input.generatedAt));
  doc.setFileId(sha256Hex(`${title}\n${input.generatedAt}`).slice(0, 32).toUpperCase());

  const l = new Layout(doc, clean, paper);
  drawFront(l, input);
  drawMatrix(l, input.portfolio);
  if (input.whatIf) drawWhatIf(l, input.whatIf);
  drawProviders(l, input.portfolio);
  drawFurniture(l, input.confidentiality ?? 'Confidential', input.generatedAt);
  addOutline(doc, null, l.outline);
  return new Uint8Array(doc.output('arraybuffer'));
}

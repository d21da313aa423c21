import ExcelJS from 'exceljs';
import { OUTCOME_LABEL } from '../../core/decision-outcome';
import type { Portfolio } from '../../core/portfolio';
import { PROVIDER_ROLE_LABEL, concentrationWords } from '../../core/portfolio-words';
import { RISK_LABEL } from '../../core/wording';

/** The columns of the portfolio's provider-by-service rows, in order. */
export const PORTFOLIO_COLUMNS = [
  { key: 'provider', header: 'Provider', width: 26 },
  { key: 'role', header: 'Role', width: 22 },
  { key: 'scope', header: 'Provides', width: 26 },
  { key: 'service', header: 'Service', width: 34 },
  { key: 'vendor', header: 'Vendor', width: 24 },
  { key: 'rating', header: 'Rating', width: 12 },
  { key: 'decision', header: 'Decision', width: 22 },
  { key: 'sensitive', header: 'Personal or regulated data', width: 14 },
  { key: 'dataClasses', header: 'Data classes', width: 40 },
  { key: 'users', header: 'Users', width: 40 },
  { key: 'jurisdictions', header: 'Jurisdictions', width: 24 },
  { key: 'share', header: 'Provider: services depending on it', width: 18 },
  { key: 'sensitiveShare', header: 'Provider: of those with personal or regulated data', width: 18 },
] as const;

/** One row: a service that depends on a provider. */
export type PortfolioRow = Record<(typeof PORTFOLIO_COLUMNS)[number]['key'], string>;

/** The portfolio as rows, one per provider and service, providers in order of concentration, worded as the window words them. */
export function portfolioRows(p: Portfolio): PortfolioRow[] {
  const rows: PortfolioRow[] = [];
  for (const provider of p.providers) {
    const words = concentrationWords(provider.concentration, p.services.length, p.sensitiveServices);
    for (const s of provider.services)
      rows.push({
        provider: provider.name,
        role: s.roles.map((r) => PROVIDER_ROLE_LABEL[r]).join(', '),
        scope: s.scope,
        service: s.service,
        vendor: s.vendor,
        rating: s.rating === null ? 'Not rated' : `${RISK_LABEL[s.rating]}${s.provisional ? ' (provisional)' : ''}`,
        decision: OUTCOME_LABEL[s.decision],
        sensitive: s.sensitiveData ? 'Yes' : 'No',
        dataClasses: s.dataClasses.join('; '),
        users: s.users,
        jurisdictions: s.jurisdictions.join('; '),
        share: words.all,
        sensitiveShare: words.sensitive,
      });
  }
  return rows;
}

// A spreadsheet reads a cell that starts with one of these as a formula; a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The portfolio as CSV: UTF-8 with a byte-order mark so Excel reads accents, CRLF line ends, RFC 4180 quoting. */
export function portfolioCsv(p: Portfolio): Uint8Array {
  const lines = [PORTFOLIO_COLUMNS.map((c) => csvCell(c.header)).join(',')];
  for (const row of portfolioRows(p)) lines.push(PORTFOLIO_COLUMNS.map((c) => csvCell(row[c.key])).join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** The portfolio as a workbook: the provider-by-service rows, the concentration summary and the matrix, each on its own sheet. */
export async function portfolioWorkbook(p: Portfolio): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'FinePrint';
  wb.title = 'AI service portfolio: upstream providers and concentration';
  // Cell text comes from files anyone can write: written as values (never formulas) by exceljs.
  const text = (v: string) => (FORMULA_START.test(v) ? `'${v}` : v);

  const rowsSheet = wb.addWorksheet('Providers and services', { views: [{ state: 'frozen', ySplit: 1 }] });
  rowsSheet.columns = PORTFOLIO_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  rowsSheet.getRow(1).font = { bold: true };
  const rows = portfolioRows(p);
  for (const row of rows) {
    const safe = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, text(v)]));
    rowsSheet.addRow(safe).alignment = { wrapText: true, vertical: 'top' };
  }
  rowsSheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: PORTFOLIO_COLUMNS.length } };

  const conc = wb.addWorksheet('Concentration', { views: [{ state: 'frozen', ySplit: 1 }] });
  conc.columns = [
    { key: 'provider', header: 'Provider', width: 30 },
    { key: 'roles', header: 'Roles', width: 26 },
    { key: 'services', header: 'Services depending on it', width: 14 },
    { key: 'share', header: 'Share of all services', width: 14 },
    { key: 'sensitive', header: 'With personal or regulated data', width: 14 },
    { key: 'sensitiveShare', header: 'Share of services with personal or regulated data', width: 18 },
  ];
  conc.getRow(1).font = { bold: true };
  for (const provider of p.providers) {
    const c = provider.concentration;
    conc.addRow({
      provider: text(provider.name),
      roles: provider.roles.map((r) => PROVIDER_ROLE_LABEL[r]).join(', '),
      services: c.services,
      share: c.share,
      sensitive: c.sensitiveServices,
      sensitiveShare: c.sensitiveShare ?? '',
    });
  }
  conc.getColumn('share').numFmt = '0%';
  conc.getColumn('sensitiveShare').numFmt = '0%';

  const matrix = wb.addWorksheet('Matrix', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  matrix.columns = [
    { key: 'service', header: 'Service', width: 34 },
    { key: 'rating', header: 'Rating', width: 12 },
    ...p.providers.map((provider, i) => ({ key: `p${i}`, header: text(provider.name), width: 18 })),
  ];
  matrix.getRow(1).font = { bold: true };
  for (const row of p.matrix) {
    const values: Record<string, string> = {
      service: text(row.service.service),
      rating: row.service.rating === null ? 'Not rated' : RISK_LABEL[row.service.rating],
    };
    row.cells.forEach((c, i) => {
      if (c) values[`p${i}`] = c.roles.map((r) => PROVIDER_ROLE_LABEL[r]).join(', ');
    });
    matrix.addRow(values);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

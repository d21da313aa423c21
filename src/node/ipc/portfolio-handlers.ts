import type { Assessment } from '../../core/assessment-schema';
import { affectedServiceIds, buildPortfolio, buildWhatIf, type Portfolio, type WhatIf } from '../../core/portfolio';
import type { PortfolioScenario } from '../../core/ipc-contract';
import { renderPortfolioPdf } from '../../core/report/portfolio-report';
import { portfolioCsv, portfolioWorkbook } from '../portfolio/portfolio-sheets';
import { loadReportFonts } from '../report/load-fonts';
import { HandlerError, type HandlerContext, type HandlerPart } from './handler-kit';

type PortfolioChannel = 'portfolio:what-if' | 'portfolio:export';

const FORMATS = {
  pdf: { extension: 'pdf', label: 'Portfolio report (PDF)' },
  xlsx: { extension: 'xlsx', label: 'Portfolio workbook' },
  csv: { extension: 'csv', label: 'Portfolio (CSV)' },
} as const;

/** The portfolio's what-if (reading only the affected assessments) and its PDF, .xlsx and CSV exports. */
export function portfolioHandlers(ctx: HandlerContext): HandlerPart<PortfolioChannel> {
  const { library, settings, report } = ctx.services;

  async function whatIf(portfolio: Portfolio, scenario: PortfolioScenario): Promise<WhatIf> {
    const ids = affectedServiceIds(portfolio, scenario.providerKey);
    if (ids.length === 0) throw new HandlerError('not-found', 'No assessment in the library names this provider any more.');
    const loaded = new Map<string, Assessment>();
    for (const id of ids) {
      // An assessment that cannot be read now is named in `missing`, never silently left out.
      const entry = await library.get(id).catch(() => undefined);
      if (entry) loaded.set(id, entry.assessment);
    }
    const result = buildWhatIf(portfolio, scenario.providerKey, scenario.event, loaded);
    if (!result) throw new HandlerError('not-found', 'No assessment in the library names this provider any more.');
    return result;
  }

  return {
    'portfolio:what-if': (scenario) => whatIf(buildPortfolio(library.list()), scenario),
    'portfolio:export': async ({ format, scenario }) => {
      const portfolio = buildPortfolio(library.list());
      const { extension, label } = FORMATS[format];
      return ctx.saveAs(`AI service portfolio.${extension}`, extension, label, async () => {
        if (format === 'csv') return portfolioCsv(portfolio);
        if (format === 'xlsx') return portfolioWorkbook(portfolio);
        const s = settings.get();
        const fonts = await (report.fonts ? report.fonts() : loadReportFonts());
        return renderPortfolioPdf(
          {
            portfolio,
            generatedAt: new Date().toISOString(),
            paper: s.paperSize,
            ...(s.organisation ? { organisation: s.organisation } : {}),
            ...(scenario ? { whatIf: await whatIf(portfolio, scenario) } : {}),
          },
          fonts,
        );
      });
    },
  };
}

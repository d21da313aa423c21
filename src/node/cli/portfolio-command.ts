import { relative, resolve } from 'node:path';
import { summarize } from '../../core/library-summary';
import { buildPortfolio, type Portfolio } from '../../core/portfolio';
import { PROVIDER_ROLE_LABEL, concentrationWords } from '../../core/portfolio-words';
import { renderPortfolioPdf } from '../../core/report/portfolio-report';
import { describeReadError } from '../fs-errors';
import { readAssessmentFolder, type FolderContents } from '../portfolio/read-folder';
import { portfolioCsv, portfolioWorkbook } from '../portfolio/portfolio-sheets';
import { reportDate } from '../report/export-report';
import { loadReportFonts } from '../report/load-fonts';
import type { Command } from './args';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io';
import { printProblems, printWarnings } from './load';
import { parseCommandArgs, writeOutput } from './questionnaire-commands';

/** The JSON `fineprint portfolio --json` prints: each provider with the services that depend on it. */
export function portfolioJson(p: Portfolio): {
  providers: { name: string; role: string; services: { service: string; vendor: string; rating: string | null; decision: string }[] }[];
} {
  return {
    providers: p.providers.map((provider) => ({
      name: provider.name,
      role: provider.role,
      services: provider.services.map((s) => ({ service: s.service, vendor: s.vendor, rating: s.rating, decision: s.decision })),
    })),
  };
}

const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, string>);

function printPortfolio(io: CliIo, p: Portfolio): void {
  const n = p.services.length;
  io.stdout(
    `${n} service${n === 1 ? '' : 's'}, ${p.sensitiveServices} with personal or regulated data; ${p.providers.length} upstream provider${p.providers.length === 1 ? '' : 's'}${
      p.withoutProviders > 0 ? `; ${p.withoutProviders} without providers recorded` : ''
    }`,
  );
  for (const provider of p.providers) {
    const words = concentrationWords(provider.concentration, n, p.sensitiveServices);
    io.stdout('');
    io.stdout(`${provider.name} (${provider.roles.map((r) => PROVIDER_ROLE_LABEL[r].toLowerCase()).join(', ')})`);
    io.stdout(`  services: ${words.all}; with personal or regulated data: ${words.sensitive}`);
    for (const s of provider.services) io.stdout(`  - ${s.service} (${s.vendor}): ${s.rating ?? 'not rated'}, ${s.decision}`);
  }
}

/** `fineprint portfolio`: which services depend on which upstream providers, across a library or a folder. */
export const portfolio: Command = {
  words: ['portfolio'],
  summary: 'show which services depend on which model makers, clouds and subprocessors',
  help: `Usage: fineprint portfolio <dir> [-o <out.pdf|out.xlsx|out.csv>] [--json]

Reads every assessment in <dir> and shows, for each upstream provider recorded in them (model
makers, clouds, key subprocessors), the services that depend on it with their rating and decision,
and its share of all services and of those with personal or regulated data. Providers are grouped
however their names are cased or spaced. <dir> is a FinePrint library (the app's data folder or its
library/ folder, whose template snapshots are resolved) or any folder of .fineprint files.

Options:
  -o, --output <file>   also write the portfolio: a PDF report (.pdf), a workbook (.xlsx) or
                        CSV (.csv, UTF-8 with a byte-order mark); written atomically
  --paper a4|letter     paper size of the PDF (default: a4)
  --org <name>          organisation name for the PDF
  --label <text>        confidentiality label on every PDF page (default: "Confidential")
  --json                print exactly one JSON object:
                        {"providers":[{"name","role","services":[{"service","vendor",
                          "rating","decision"}]}]}
                        (rating is null while a service is not rated; role is the one the
                        provider plays most often)

A file that cannot be read is reported as <file>: <location>: <message> (on stderr with --json)
and left out; the others are still shown.

Exit codes:
  0  success (warnings, such as a digest mismatch, go to stderr)
  1  a file in the folder was read but is not a valid assessment
  2  usage error, or the folder, a file in it or the output cannot be read or written`,
  async run(args, io): Promise<ExitCode> {
    const p = parseCommandArgs(
      args,
      {
        output: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        paper: { type: 'string' },
        org: { type: 'string' },
        label: { type: 'string' },
      },
      1,
    );
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const str = (name: string) => (typeof p.values[name] === 'string' ? p.values[name] : undefined);
    const output = str('output');
    const kind =
      output === undefined
        ? undefined
        : /\.pdf$/i.test(output)
          ? 'pdf'
          : /\.xlsx$/i.test(output)
            ? 'xlsx'
            : /\.csv$/i.test(output)
              ? 'csv'
              : null;
    if (kind === null) throw new UsageError(`the output must be a .pdf, .xlsx or .csv file, not "${output ?? ''}"`);
    const paper = str('paper') ?? 'a4';
    if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`--paper must be a4 or letter, not "${paper}"`);
    const json = p.values['json'] === true;
    const dir = p.positionals[0] ?? '';

    let contents: FolderContents;
    try {
      contents = await readAssessmentFolder(resolve(io.cwd, dir));
    } catch (error) {
      io.stderr(`fineprint portfolio: cannot read the folder ${dir}: ${describeReadError(error)}`);
      return EXIT.usage;
    }
    const name = (file: string) => relative(io.cwd, file) || file;
    const problemsIo: CliIo = json ? { ...io, stdout: io.stderr } : io;
    let code: ExitCode = EXIT.ok;
    for (const r of contents.refused) {
      printProblems(problemsIo, name(r.file), r.problems);
      code = r.unreadable ? EXIT.usage : code === EXIT.usage ? code : EXIT.invalid;
    }
    for (const e of contents.entries) printWarnings(io, name(e.file), e.warnings);

    const view = buildPortfolio(contents.entries.map((e) => summarize(e.assessment)));
    if (json) io.stdout(JSON.stringify(portfolioJson(view)));
    else printPortfolio(io, view);

    if (output !== undefined && kind !== undefined) {
      const bytes =
        kind === 'csv'
          ? portfolioCsv(view)
          : kind === 'xlsx'
            ? await portfolioWorkbook(view)
            : renderPortfolioPdf(
                {
                  portfolio: view,
                  generatedAt: reportDate(),
                  paper,
                  ...optional('organisation', str('org')),
                  ...optional('confidentiality', str('label')),
                },
                await loadReportFonts(),
              );
      if (!(await writeOutput(io, 'portfolio', output, bytes))) return EXIT.usage;
      (json ? io.stderr : io.stdout)(
        `${output}: wrote the portfolio of ${view.services.length} service${view.services.length === 1 ? '' : 's'}`,
      );
    }
    return code;
  },
};

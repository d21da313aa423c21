import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../atomic-write';
import { describeWriteError } from '../fs-errors';
import { buildQuestionnaire, questionnaireChecks } from '../questionnaire/export';
import { reportDate } from '../report/export-report';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io';
import { loadAssessment } from './load';

/** Parsed arguments of a questionnaire command, or a request for its help. */
type Parsed = { help: true } | { help: false; values: Record<string, string | boolean | undefined>; positionals: string[] };

/** Parses a command's arguments strictly; throws UsageError for a bad command line. */
export function parseCommandArgs(
  args: string[],
  options: Record<string, { type: 'boolean' | 'string'; short?: string }>,
  positionals: number,
): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if (parsed.values.help) return { help: true };
  if (parsed.positionals.length !== positionals)
    throw new UsageError(
      parsed.positionals.length < positionals ? 'missing file argument' : `unexpected argument "${parsed.positionals[positionals]}"`,
    );
  return { help: false, values: parsed.values, positionals: parsed.positionals };
}

/** Writes bytes atomically, printing one line naming the file when that fails. */
export async function writeOutput(io: CliIo, command: string, output: string, bytes: Uint8Array | string): Promise<boolean> {
  try {
    await writeFileAtomic(resolve(io.cwd, output), bytes, { keepTarget: true });
    return true;
  } catch (error) {
    io.stderr(`fineprint ${command}: cannot write ${output}: ${describeWriteError(error)}`);
    return false;
  }
}

/** `fineprint questionnaire export`: the vendor workbook of an assessment. */
export const questionnaireExport = {
  words: ['questionnaire', 'export'],
  summary: 'write the questionnaire workbook (.xlsx) the vendor fills in',
  help: `Usage: fineprint questionnaire export <file.fineprint> -o <out.xlsx> [--org <name>]

Writes an Excel workbook for the vendor: an instructions sheet, then one row per check that applies
to this assessment (the triage decides), grouped by area, with the question verbatim, a drop-down of
the check's answers in plain words ("Prefer not to say" for the vendor-will-not-say answer), and
columns for an explanation, evidence (document, clause, link, date) and any figure the check asks
for, with its unit. Notes, scores, ratings and recommendations are never written. The sheets are
protected (check ids hidden, answer cells unlocked) so a returned copy can be matched row by row.

Options:
  -o, --output <out.xlsx>   where to write the workbook (required)
  --org <name>              the buyer's organisation, named on the instructions sheet

Set SOURCE_DATE_EPOCH (seconds) to fix the date on the instructions sheet.

Exit codes:
  0  the workbook was written (warnings, such as a digest mismatch, go to stderr)
  1  the input file was read but is not a valid assessment
  2  usage error, or a file that cannot be read or written`,
  async run(args: string[], io: CliIo): Promise<ExitCode> {
    const p = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, org: { type: 'string' } }, 1);
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const output = typeof p.values['output'] === 'string' ? p.values['output'] : undefined;
    if (!output) throw new UsageError('missing -o <out.xlsx>');
    if (!output.toLowerCase().endsWith('.xlsx')) throw new UsageError(`the output must be an .xlsx file, not "${output}"`);
    const org = typeof p.values['org'] === 'string' && p.values['org'].trim() ? p.values['org'].trim() : 'the buyer';
    const file = p.positionals[0];
    const loaded = await loadAssessment(io, file);
    if (!loaded.ok) return loaded.code;
    const assessment = loaded.value.assessment;
    const bytes = await buildQuestionnaire(assessment, { buyer: org, date: new Date(reportDate()) });
    if (!(await writeOutput(io, 'questionnaire export', output, bytes))) return EXIT.usage;
    const rows = questionnaireChecks(assessment).length;
    io.stdout(
      `${output}: wrote the questionnaire for ${assessment.profile.vendor} (${rows} questions, ${Math.ceil(bytes.length / 1024)} KB)`,
    );
    return EXIT.ok;
  },
};

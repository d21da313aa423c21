import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../atomic-write';
import { describeWriteError } from '../fs-errors';
import { encodeFineprint } from '../../core/file-format';
import { readDocumentBytes } from '../read-document';
import { buildQuestionnaire, questionnaireChecks } from '../questionnaire/export';
import { REVIEW_STATUSES, acceptReturnedAnswers, reviewReturnedWorkbook, type WorkbookReview } from '../questionnaire/import';
import { WORKBOOK_LIMITS, WorkbookProblem } from '../questionnaire/zip-limits';
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

/**
 * The required `-o` output of a command that writes one of `kinds` (extensions without the dot, in the
 * order the usage names them), and which of them it is; throws UsageError naming what is expected.
 */
export function requiredOutput<K extends string>(
  values: Record<string, string | boolean | undefined>,
  kinds: readonly [K, ...K[]],
): { output: string; kind: K } {
  const output = typeof values['output'] === 'string' ? values['output'] : undefined;
  if (!output) throw new UsageError(`missing -o <${kinds.map((k) => `out.${k}`).join('|')}>`);
  const kind = kinds.find((k) => output.toLowerCase().endsWith(`.${k}`));
  if (kind === undefined) {
    const article = /^[aeiox]/.test(kinds[0]) ? 'an' : 'a';
    throw new UsageError(`the output must be ${article} ${kinds.map((k) => `.${k}`).join(' or ')} file, not "${output}"`);
  }
  return { output, kind };
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
    const { output } = requiredOutput(p.values, ['xlsx']);
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

/** `fineprint questionnaire import`: the review of a returned workbook; with --accept all, the merged assessment. */
export const questionnaireImport = {
  words: ['questionnaire', 'import'],
  summary: 'review the answers in a returned questionnaire workbook (changes nothing)',
  help: `Usage: fineprint questionnaire import <file.fineprint> <returned.xlsx> [--json]
       fineprint questionnaire import <file.fineprint> <returned.xlsx> --accept all -o <out.fineprint>

Reads a questionnaire workbook the vendor returned and lists every row beside the assessment's
current answer: new (no answer yet), same, changed (differs from an earlier vendor answer),
conflict (differs from an answer the buyer recorded), unparseable (an evidence date or link that
cannot be read) or blank. Nothing changes. A workbook that cannot be used is refused in one line:
not a workbook, macros (.xlsm), a zip bomb or huge sheet, another assessment or template version,
rows moved or deleted, text in a number cell, an answer outside the drop-down. Formulas are read as
their stored values, never evaluated.

With --accept all -o <out.fineprint>, writes the assessment with every new, changed and conflicting
answer taken from the workbook, each recorded as stated by the vendor (the workbook's SHA-256, file
name and the time received), the vendor's explanation as a shared note and its evidence as an item,
and the import recorded in the history (file name, SHA-256, answers accepted). The window reviews the
same workbook row by row and can accept a chosen set.

Options:
  --json               print exactly one JSON object:
                       {"rows":[{"check","status"}],"counts":{"new","same","changed","conflict","unparseable","blank"}}
  --accept all         accept every new, changed and conflicting answer (needs -o)
  -o, --output <file>  where to write the merged assessment

Exit codes:
  0  the review was printed (and the merged assessment written)
  1  a file was read but cannot be used (an invalid assessment, a workbook refused as above)
  2  usage error, or a file that cannot be read or written`,
  async run(args: string[], io: CliIo): Promise<ExitCode> {
    const p = parseCommandArgs(args, { json: { type: 'boolean' }, accept: { type: 'string' }, output: { type: 'string', short: 'o' } }, 2);
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const accept = typeof p.values['accept'] === 'string' ? p.values['accept'] : undefined;
    const output = typeof p.values['output'] === 'string' ? p.values['output'] : undefined;
    if (accept !== undefined && accept !== 'all') throw new UsageError(`--accept takes "all", not "${accept}"`);
    if (accept && !output) throw new UsageError('--accept all needs -o <out.fineprint>');
    if (output && !accept) throw new UsageError('-o is only for --accept all');
    const [file, workbook] = p.positionals;
    const loaded = await loadAssessment(io, file);
    if (!loaded.ok) return loaded.code;
    if (/\.xlsm$/i.test(workbook)) {
      io.stderr(`${workbook}: is a macro-enabled workbook (.xlsm); FinePrint reads .xlsx only`);
      return EXIT.invalid;
    }
    const read = await readDocumentBytes(resolve(io.cwd, workbook), WORKBOOK_LIMITS.fileBytes);
    if (!read.ok) {
      io.stderr(`${workbook}: ${read.message}`);
      return read.kind === 'too-large' ? EXIT.invalid : EXIT.usage;
    }
    let review: WorkbookReview;
    try {
      review = await reviewReturnedWorkbook(loaded.value.assessment, read.bytes, basename(workbook));
    } catch (error) {
      if (!(error instanceof WorkbookProblem)) throw error;
      io.stderr(`${workbook}: ${error.message}`);
      return EXIT.invalid;
    }
    if (p.values['json'])
      io.stdout(JSON.stringify({ rows: review.rows.map((r) => ({ check: r.check, status: r.status })), counts: review.counts }));
    else {
      for (const r of review.rows)
        io.stdout(
          `row ${String(r.row).padStart(4)}  ${r.status.padEnd(11)} ${r.check}${r.returned.words ? `: ${r.returned.words.replace(/\s+/g, ' ').slice(0, 80)}` : ''}${r.problem ? ` (${r.problem})` : ''}`,
        );
      io.stdout(REVIEW_STATUSES.map((s) => `${review.counts[s]} ${s}`).join(', '));
    }
    if (!accept || !output) return EXIT.ok;
    const merged = acceptReturnedAnswers(loaded.value.assessment, review, 'all', new Date());
    if (!(await writeOutput(io, 'questionnaire import', output, encodeFineprint(merged)))) return EXIT.usage;
    const taken = review.counts.new + review.counts.changed + review.counts.conflict;
    (p.values['json'] ? io.stderr : io.stdout)(`${output}: wrote the assessment with ${taken} answers stated by the vendor`);
    return EXIT.ok;
  },
};

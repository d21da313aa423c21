import { assessmentCsv, assessmentCsvRows } from '../tracker/assessment-csv';
import { EXIT, type CliIo, type ExitCode } from './io';
import { loadAssessment } from './load';
import { parseCommandArgs, requiredOutput, writeOutput } from './questionnaire-commands';

/** `fineprint export assessment`: the whole assessment as CSV, one row per check that applies. */
export const exportAssessment = {
  words: ['export', 'assessment'],
  summary: 'write the whole assessment as CSV, one row per check that applies',
  help: `Usage: fineprint export assessment <file.fineprint> -o <out.csv>

Writes the whole assessment for people who work in their own tools: one row per check that applies
(the triage decides), in checklist order, with the area, the check's short title, the question, the
answer in words, the figure with its unit, the risk the answer scores, where the answer came from
(typed by the buyer, stated by the vendor, verified by the assessor), the shared notes and the
evidence titles. UTF-8 with a byte-order mark, so Excel reads accents. Internal notes are never
written.

Options:
  -o, --output <out.csv>   where to write the CSV (required)

Exit codes:
  0  the CSV was written (warnings, such as a digest mismatch, go to stderr)
  1  the input file was read but is not a valid assessment
  2  usage error, or a file that cannot be read or written`,
  async run(args: string[], io: CliIo): Promise<ExitCode> {
    const p = parseCommandArgs(args, { output: { type: 'string', short: 'o' } }, 1);
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const { output } = requiredOutput(p.values, ['csv']);
    const loaded = await loadAssessment(io, p.positionals[0]);
    if (!loaded.ok) return loaded.code;
    const assessment = loaded.value.assessment;
    const rows = assessmentCsvRows(assessment);
    if (!(await writeOutput(io, 'export assessment', output, assessmentCsv(assessment, rows)))) return EXIT.usage;
    io.stdout(`${output}: wrote ${rows.length} check${rows.length === 1 ? '' : 's'} of ${assessment.profile.service}`);
    return EXIT.ok;
  },
};

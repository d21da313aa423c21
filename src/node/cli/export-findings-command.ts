import { findingsTrackerCsv, findingsTrackerRows, findingsTrackerWorkbook } from '../tracker/findings-tracker';
import { EXIT, type CliIo, type ExitCode } from './io';
import { loadAssessment } from './load';
import { parseCommandArgs, requiredOutput, writeOutput } from './questionnaire-commands';

/** `fineprint export findings`: the findings and contract asks as an editable tracker (.xlsx or .csv). */
export const exportFindings = {
  words: ['export', 'findings'],
  summary: 'write the findings and contract asks as an editable tracker (.xlsx or .csv)',
  help: `Usage: fineprint export findings <file.fineprint> -o <out.xlsx|out.csv>

Writes the assessment's findings, worst first, as a tracker a colleague can edit: check, area,
answer, severity, recommendation, contract clause to request, evidence to request, owner, due date
and status (every row starts "Open"). The format follows the output's extension: .xlsx (with a
status drop-down and a filter on the header) or .csv (UTF-8 with a byte-order mark, so Excel reads
accents). Internal notes are never written.

Options:
  -o, --output <file>   where to write the tracker (required; .xlsx or .csv)

Exit codes:
  0  the tracker was written (warnings, such as a digest mismatch, go to stderr)
  1  the input file was read but is not a valid assessment
  2  usage error, or a file that cannot be read or written`,
  async run(args: string[], io: CliIo): Promise<ExitCode> {
    const p = parseCommandArgs(args, { output: { type: 'string', short: 'o' } }, 1);
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const { output, kind } = requiredOutput(p.values, ['xlsx', 'csv']);
    const loaded = await loadAssessment(io, p.positionals[0]);
    if (!loaded.ok) return loaded.code;
    const assessment = loaded.value.assessment;
    const rows = findingsTrackerRows(assessment);
    const bytes = kind === 'csv' ? findingsTrackerCsv(rows) : await findingsTrackerWorkbook(assessment, rows);
    if (!(await writeOutput(io, 'export findings', output, bytes))) return EXIT.usage;
    io.stdout(`${output}: wrote ${rows.length} finding${rows.length === 1 ? '' : 's'} of ${assessment.profile.service}`);
    return EXIT.ok;
  },
};

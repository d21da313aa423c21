import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { encodeFineprint } from '../../core/file-format';
import { applyUpgrade, type FlagReason, type UpgradeRefusal } from '../../core/upgrade';
import { writeFileAtomic } from '../atomic-write';
import { describeWriteError } from '../fs-errors';
import { parse, type Command } from './args';
import { EXIT, UsageError } from './io';
import { loadAssessment, loadTemplate } from './load';

/** The template `fineprint upgrade` moves to when no `--template` is given. */
export const BUNDLED_TEMPLATE = join(import.meta.dirname, '../../../templates/ai-vendor-risk.json');

const REASON_WORDS: Record<FlagReason, string> = {
  'option-removed': 'a chosen option is no longer offered',
  'option-changed': 'the chosen option was reworded or re-rated',
  'options-added': 'new options may fit better',
  'value-cleared': 'the recorded figure no longer fits the check',
};

/** Why an upgrade was refused, in words. */
export function refusalWords(r: UpgradeRefusal): string {
  return r.code === 'different-template'
    ? `the assessment uses template "${r.assessmentTemplate}", not "${r.template}"`
    : `the template version ${r.to} is not newer than the assessment's ${r.from}`;
}

// Two names for one file (a symlink, a hard link, "./a" and "a"): same device and inode.
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // the output does not exist yet (or cannot be read): it is not the input
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const ids = (list: string[]) => (list.length > 0 ? `: ${list.join(', ')}` : '');

/** `fineprint upgrade`: moves an assessment to a newer version of its template, into a new file. */
export const upgrade: Command = {
  words: ['upgrade'],
  summary: 'upgrade an assessment to a newer version of its template, into a new file',
  help: `Usage: fineprint upgrade <file.fineprint> -o <out.fineprint> [--template <template.json>] [--json]

Moves an assessment to a newer version of its checklist template and writes the result to a new
file; the input is never changed. Answers whose check and option still exist are kept; checks new
in the template are added, unanswered; answers whose options changed are flagged for review (a
response is cleared only when its option no longer exists). Notes and evidence are always kept;
answers of checks the new version no longer has, and cleared responses, are kept in the file's
"retired" list. The upgrade is recorded in the assessment's history.

Options:
  -o, --output <out.fineprint>   where to write the upgraded assessment (required; not the input)
  --template <template.json>     the newer template (default: the bundled ai-vendor-risk.json)
  --json                         print exactly one JSON object:
                                 {"output","template","from","to","kept":[ids],"added":[ids],
                                  "flagged":[{"checkId","reasons":[codes],"cleared"}],"removed":[ids]}

Exit codes:
  0  the upgraded assessment was written (warnings, such as a digest mismatch, go to stderr)
  1  the input is not a valid assessment, or the template file is not a valid template
  2  usage error (including a template of another id or a version that is not newer), or a file
     that cannot be read or written`,
  async run(args, io) {
    const p = parse(args, { output: { type: 'string', short: 'o' }, template: { type: 'string' }, json: { type: 'boolean' } }, 1);
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const file = p.positionals[0];
    const output = typeof p.values['output'] === 'string' ? p.values['output'] : undefined;
    if (!output) throw new UsageError('missing -o <out.fineprint>');
    const source = resolve(io.cwd, file);
    const target = resolve(io.cwd, output);
    if (source === target || (await sameFile(source, target)))
      throw new UsageError(`-o ${output} is the input file; the upgrade never overwrites its input: name a new file`);

    const loaded = await loadAssessment(io, file);
    if (!loaded.ok) return loaded.code;
    const templateFile = typeof p.values['template'] === 'string' ? p.values['template'] : BUNDLED_TEMPLATE;
    const template = await loadTemplate(io, templateFile);
    if (!template.ok) return template.code;

    const at = new Date();
    const result = applyUpgrade(loaded.value.assessment, template.value, { at: at.toISOString(), by: '' });
    if (!result.ok) {
      io.stderr(`fineprint upgrade: ${file}: cannot upgrade: ${refusalWords(result.refusal)}`);
      return EXIT.usage;
    }
    try {
      await writeFileAtomic(target, encodeFineprint(result.assessment, at), { keepTarget: true });
    } catch (error) {
      io.stderr(`fineprint upgrade: cannot write ${output}: ${describeWriteError(error)}`);
      return EXIT.usage;
    }

    const plan = result.plan;
    if (p.values['json']) {
      const { templateId, ...rest } = plan;
      io.stdout(JSON.stringify({ output, template: templateId, ...rest }));
      return EXIT.ok;
    }
    const a = result.assessment;
    io.stdout(`${output}: upgraded ${a.profile.service} (${a.profile.vendor}) from ${plan.templateId} ${plan.from} to ${plan.to}`);
    io.stdout(`Kept:    ${plural(plan.kept.length, 'answer')}${ids(plan.kept)}`);
    io.stdout(`Added:   ${plural(plan.added.length, 'new check')}, unanswered${ids(plan.added)}`);
    io.stdout(`Flagged: ${plural(plan.flagged.length, 'answer')} to review`);
    for (const f of plan.flagged)
      io.stdout(
        `  ${f.checkId}: ${f.reasons.map((r) => REASON_WORDS[r]).join('; ')}${f.cleared ? ' (response cleared, kept under "retired")' : ''}`,
      );
    if (plan.removed.length > 0)
      io.stdout(
        `Retired: ${plural(plan.removed.length, 'answer')} of checks no longer in the template, kept in the file${ids(plan.removed)}`,
      );
    return EXIT.ok;
  },
};

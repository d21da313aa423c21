import { parseArgs } from 'node:util';
import type { Assessment } from '../../core/assessment-schema';
import { diffIsEmpty, diffRounds } from '../../core/round-diff';
import { diffSections } from '../../core/round-diff-words';
import { roundNumbers, roundOf, type RoundView } from '../../core/rounds';
import { formatScore } from '../../core/report/format';
import { ratingWords } from '../../core/wording';
import { EXIT_HELP, type Command } from './args';
import { EXIT, UsageError } from './io';
import { loadAssessment } from './load';

const roundNumber = (value: string | boolean | undefined, flag: string): number | undefined => {
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} must be a round number (1, 2, …), not "${value}"`);
  return Number(value);
};

const sameService = (a: Assessment, b: Assessment) => {
  const fold = (s: string) => s.trim().toLowerCase();
  return fold(a.profile.vendor) === fold(b.profile.vendor) && fold(a.profile.service) === fold(b.profile.service);
};

/** `fineprint diff`: what changed between two rounds of one assessment, or between two assessments. */
export const diff: Command = {
  words: ['diff'],
  summary: 'show what changed between two rounds of an assessment, or two assessments',
  help: `Usage: fineprint diff <a.fineprint> <b.fineprint> [--json]
       fineprint diff <file.fineprint> [--from N] [--to M] [--json]

Shows what changed from A to B (the current round of each), or from round N to round M of one
file (default: the previous round to the current one): the rating and score, answers (with the
options chosen before and after), captured figures, evidence added, removed or expired by the
later round's date, data-path hops and providers added, removed or changed, and the decision and
its conditions. A new round that has not been decided yet is not shown as a change of decision.
Comparing two files of different services prints a warning on stderr.

Options:
  --from N   the earlier round of the file (one file only)
  --to M     the later round of the file (one file only)
  --json     print exactly one JSON object:
             {"from":{"file","round","templateVersion","score","rating","provisional"},"to":{…},
              "empty":bool,"rating","score","answers","figures","evidence","hops","providers",
              "decision","conditions","sections":[{"key","heading","lines":[text]}]}

${EXIT_HELP}`,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError((error as Error).message.split('\n')[0]);
    }
    if (parsed.values.help) return (io.stdout(this.help), EXIT.ok);
    const files = parsed.positionals;
    if (files.length === 0) throw new UsageError('missing file argument');
    if (files.length > 2) throw new UsageError(`unexpected argument "${files[2]}"`);
    const fromRound = roundNumber(parsed.values.from, '--from');
    const toRound = roundNumber(parsed.values.to, '--to');
    if (files.length === 2 && (fromRound !== undefined || toRound !== undefined))
      throw new UsageError('--from and --to pick rounds of one file; with two files the current round of each is compared');

    let earlier: RoundView;
    let later: RoundView;
    const [fileA, fileB = fileA] = files as [string, string?];
    const a = await loadAssessment(io, fileA);
    if (!a.ok) return a.code;
    if (files.length === 2) {
      const b = await loadAssessment(io, fileB);
      if (!b.ok) return b.code;
      const [x, y] = [a.value.assessment, b.value.assessment];
      if (!sameService(x, y))
        io.stderr(
          `fineprint diff: warning: ${fileA} assesses ${x.profile.service} (${x.profile.vendor}) and ${fileB} assesses ${y.profile.service} (${y.profile.vendor}): these are different services`,
        );
      earlier = roundOf(x, x.round) as RoundView;
      later = roundOf(y, y.round) as RoundView;
    } else {
      const x = a.value.assessment;
      const numbers = roundNumbers(x);
      const to = toRound ?? x.round;
      const from = fromRound ?? numbers[numbers.indexOf(to) - 1];
      const listed = `the file has round${numbers.length === 1 ? '' : 's'} ${numbers.join(', ')}`;
      if (from === undefined) throw new UsageError(`${fileA} has no round before round ${to} to compare with (${listed})`);
      const e = roundOf(x, from);
      const l = roundOf(x, to);
      if (!e) throw new UsageError(`${fileA} has no round ${from} (${listed})`);
      if (!l) throw new UsageError(`${fileA} has no round ${to} (${listed})`);
      [earlier, later] = [e, l];
    }

    const d = diffRounds(earlier, later);
    const sections = diffSections(d);
    const label = (file: string, round: number) => (files.length === 2 ? file : `round ${round}`);
    if (parsed.values.json) {
      io.stdout(
        JSON.stringify({
          ...d,
          from: { file: fileA, ...d.from },
          to: { file: fileB, ...d.to },
          empty: diffIsEmpty(d),
          sections,
        }),
      );
      return EXIT.ok;
    }
    const standing = (s: typeof d.from) =>
      `${ratingWords(s.rating, s.provisional)}${s.score === null ? '' : `, score ${formatScore(s.score)}`}, checklist ${s.templateVersion}`;
    io.stdout(`From ${label(fileA, d.from.round)}: ${standing(d.from)}`);
    io.stdout(`To   ${label(fileB, d.to.round)}: ${standing(d.to)}`);
    if (sections.length === 0) {
      io.stdout('No changes.');
      return EXIT.ok;
    }
    for (const s of sections) {
      io.stdout('');
      io.stdout(`${s.heading}:`);
      for (const line of s.lines) io.stdout(`  ${line}`);
    }
    return EXIT.ok;
  },
};

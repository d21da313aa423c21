import { join, relative, resolve } from 'node:path';
import { summarize } from '../../core/library-summary';
import { dueState, expiredEvidence, localIsoDay, reviewSortDay, type DueState } from '../../core/review-dates';
import { IsoDate } from '../../core/text';
import { readFolderAssessments, type FolderEntry } from '../library/folder-assessments';
import { parse, type Command } from './args';
import { pad } from './format';
import { EXIT, UsageError } from './io';

/** One assessment in the due list, as `--json` prints it. */
export interface DueItem {
  service: string;
  vendor: string;
  file: string;
  rating: string | null;
  nextReviewOn: string | null;
  state: DueState['review'];
  daysUntilReview: number | null;
  evidenceExpiresOn: string | null;
  expiredEvidence: number;
}

function stateWords(item: DueItem): string {
  const days = item.daysUntilReview ?? 0;
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  const review =
    item.state === 'overdue'
      ? `overdue by ${plural(-days)}`
      : item.state === 'due-soon'
        ? days === 0
          ? 'due today'
          : `due in ${plural(days)}`
        : item.state === 'scheduled'
          ? 'scheduled'
          : 'no review date';
  return item.expiredEvidence > 0 ? `${review}; ${item.expiredEvidence} expired evidence` : review;
}

/** `fineprint due DIR`: what is due for review in a library or a folder of .fineprint files. */
export const due: Command = {
  words: ['due'],
  summary: 'list the assessments due for review and those with expired evidence',
  help: `Usage: fineprint due <folder> [--json] [--today YYYY-MM-DD]

Lists the assessments of a folder by what needs attention first: the review date (overdue, due
within 30 days, scheduled, or no date set) and the evidence whose valid-until date has passed.
The folder may be FinePrint's data folder or its "library" folder (whose template snapshots are
resolved), or any folder of shared .fineprint files. Files that cannot be read are listed with
their problem on stderr; the others are still listed.

Options:
  --today YYYY-MM-DD   count from this day instead of today (for scripts and reports)
  --json               print exactly one JSON object:
                       {"today","assessments":[{"service","vendor","file","rating","nextReviewOn",
                        "state","daysUntilReview","evidenceExpiresOn","expiredEvidence"}],
                        "unreadable":[{"file","problem"}]}
                       state is one of overdue, due-soon, scheduled, no-date; expiredEvidence
                       counts the expired pieces of evidence

Exit codes:
  0  the folder was read, whatever is due (a scheduler reads the list, not the code)
  1  some .fineprint files could not be read (listed; the others are still reported)
  2  usage error, or the folder cannot be read`,
  async run(args, io) {
    const p = parse(args, { json: { type: 'boolean' }, today: { type: 'string' } }, 1);
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const given = p.values.today;
    if (typeof given === 'string' && !IsoDate.safeParse(given).success)
      throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${given}"`);
    const today = typeof given === 'string' ? given : localIsoDay(new Date());
    const dirArg = p.positionals[0];
    let folder;
    try {
      folder = await readFolderAssessments(resolve(io.cwd, dirArg));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : 'cannot be read';
      io.stderr(`fineprint due: ${dirArg} ${why}`);
      return EXIT.usage;
    }
    const under = relative(resolve(io.cwd, dirArg), folder.dir);
    const shown = (name: string) => join(dirArg, under, name);
    const readable = folder.entries.filter((e): e is FolderEntry & { ok: true } => e.ok);
    const unreadable = folder.entries
      .filter((e): e is FolderEntry & { ok: false } => !e.ok)
      .map((e) => ({ file: shown(e.file), problem: e.problem }));
    const items = readable
      .map(({ file, assessment }) => {
        const s = summarize(assessment);
        const state = dueState(s, today);
        const item: DueItem = {
          service: s.service,
          vendor: s.vendor,
          file: shown(file),
          rating: s.rating,
          nextReviewOn: s.nextReviewOn,
          state: state.review,
          daysUntilReview: state.daysUntilReview,
          evidenceExpiresOn: s.evidenceExpiresOn,
          expiredEvidence: expiredEvidence(assessment, today).length,
        };
        return { item, sortDay: reviewSortDay(s) };
      })
      .sort((a, b) =>
        a.sortDay === b.sortDay
          ? a.item.service.localeCompare(b.item.service)
          : a.sortDay === null
            ? 1
            : b.sortDay === null
              ? -1
              : a.sortDay < b.sortDay
                ? -1
                : 1,
      )
      .map((x) => x.item);
    for (const w of readable.flatMap((e) => e.warnings.map((text) => `${shown(e.file)}: warning: ${text}`))) io.stderr(w);
    for (const u of unreadable) io.stderr(`${u.file}: ${u.problem}`);
    if (p.values.json) io.stdout(JSON.stringify({ today, assessments: items, unreadable }));
    else {
      const overdue = items.filter((i) => i.state === 'overdue').length;
      const soon = items.filter((i) => i.state === 'due-soon').length;
      const expired = items.filter((i) => i.expiredEvidence > 0).length;
      io.stdout(
        `${items.length} assessment${items.length === 1 ? '' : 's'} on ${today}: ${overdue} overdue, ${soon} due within 30 days, ${expired} with expired evidence`,
      );
      const width = Math.max(10, ...items.map((i) => `${i.service} (${i.vendor})`.length)) + 2;
      for (const i of items)
        io.stdout(`  ${pad(i.nextReviewOn ?? '–', 12)}${pad(`${i.service} (${i.vendor})`, width)}${pad(stateWords(i), 40)}${i.file}`);
      if (unreadable.length > 0) io.stdout(`${unreadable.length} file${unreadable.length === 1 ? '' : 's'} could not be read (see above)`);
    }
    return unreadable.length > 0 ? EXIT.invalid : EXIT.ok;
  },
};

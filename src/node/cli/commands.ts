import { resolve } from 'node:path';
import { evaluate } from '../../core/engine/evaluate';
import { checkLogo } from '../../core/image-header';
import { templateStats } from '../../core/template-file';
import { TIER_LABEL, openQuestionWords, ratingReasons, ratingWords } from '../../core/wording';
import type { ReportLogo, ReportOptions } from '../../core/report/report-options';
import { readDocumentBytes } from '../read-document';
import { exportReportPdf } from '../report/export-report';
import { writeFileAtomic } from '../atomic-write';
import { describeWriteError } from '../fs-errors';
import { EXIT_HELP, parse, type Command } from './args';
import { pad, score } from './format';
import { EXIT, UsageError } from './io';
import { loadAssessment, loadTemplate, looksLikeAssessment } from './load';
import { due } from './due-command';
import { exportFindings } from './export-findings-command';
import { questionnaireExport, questionnaireImport } from './questionnaire-commands';
import { exportAssessment } from './export-assessment-command';
import { upgrade } from './upgrade-command';
import { diff } from './diff-command';
import { portfolio } from './portfolio-command';

const validate: Command = {
  words: ['validate'],
  summary: 'check a template (.json) or an assessment (.fineprint)',
  help: `Usage: fineprint validate <file>

Checks a checklist template (.json) or an assessment (.fineprint) against FinePrint's schemas.
Problems go to stdout, one per line: <file>: <location>: <message>.

${EXIT_HELP}`,
  async run(args, io) {
    const p = parse(args, {}, 1);
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const file = p.positionals[0];
    if (await looksLikeAssessment(io, file)) {
      const loaded = await loadAssessment(io, file);
      if (!loaded.ok) return loaded.code;
      const a = loaded.value.assessment;
      io.stdout(`${file}: valid assessment of ${a.profile.service} (${a.profile.vendor}), template ${a.template.id} ${a.template.version}`);
      return EXIT.ok;
    }
    const loaded = await loadTemplate(io, file);
    if (!loaded.ok) return loaded.code;
    const t = loaded.value;
    io.stdout(`${file}: valid template ${t.id} ${t.version}: ${t.checks.length} checks in ${t.areas.length} areas`);
    return EXIT.ok;
  },
};

const scoreCommand: Command = {
  words: ['score'],
  summary: 'score an assessment: its assessed risk beside its open questions',
  help: `Usage: fineprint score <file.fineprint> [--json]

Scores an assessment. Two figures stand side by side: the assessed risk of what is known (a score
from 0 = no identified risk to 100 = maximum, and a rating) and the open questions (unknown and
unanswered checks, and hops with no jurisdiction), with how many are blocking (knock-out checks
still unknown: they must be answered before approval). The rating is provisional while fewer than
80% of the checks are answered or a blocking question is open; while nothing is known it is "not
rated yet". Also: each area's score, the inherent-risk tier from the triage, what set the rating,
the knock-outs hit, the findings and the progress.

Options:
  --json   print exactly one JSON object:
           {"overall":{"score","rating","provisional"},        (score and rating null while
            "openQuestions":n,"blockingQuestions":n,            nothing is answered)
            "inherentRisk":{"tier","sources":[{"question","option","tier"}]},
            "areas":[{"id","title","score","rating"}],
            "knockouts":[ids],"findings":n,"progress":{"answered","visible"}}

${EXIT_HELP}`,
  async run(args, io) {
    const p = parse(args, { json: { type: 'boolean' } }, 1);
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const file = p.positionals[0];
    const loaded = await loadAssessment(io, file);
    if (!loaded.ok) return loaded.code;
    const a = loaded.value.assessment;
    const e = evaluate(a);
    const o = e.overall;
    if (p.values.json) {
      io.stdout(
        JSON.stringify({
          overall: { score: o.score, rating: o.rating, provisional: o.provisional },
          openQuestions: o.openQuestions,
          blockingQuestions: o.blockingQuestions,
          inherentRisk: e.inherent,
          areas: e.areas.map((x) => ({ id: x.id, title: x.title, score: x.score, rating: x.rating })),
          knockouts: e.knockouts.map((k) => k.id),
          findings: e.findings.length,
          progress: { answered: e.progress.answered, visible: e.progress.visible },
        }),
      );
      return EXIT.ok;
    }
    const width = Math.max(...e.areas.map((x) => x.title.length), 10) + 2;
    const scoreText = (n: number | null) => (n === null ? '   –' : score(n));
    io.stdout(`${a.profile.service} (${a.profile.vendor})`);
    io.stdout(
      `Overall   ${scoreText(o.score)} / 100   ${ratingWords(o.rating, o.provisional).toUpperCase()}   ${openQuestionWords(o.openQuestions, o.blockingQuestions)}`,
    );
    for (const reason of ratingReasons(a.template, e)) io.stdout(`  ${o.rating === null ? '' : 'set by: '}${reason}`);
    io.stdout(
      `Inherent risk: ${TIER_LABEL[e.inherent.tier].toLowerCase()}${
        e.inherent.sources.length > 0 ? ` (${e.inherent.sources.map((x) => `${x.question}: ${x.option}`).join(', ')})` : ''
      }`,
    );
    io.stdout('');
    for (const x of e.areas)
      io.stdout(`  ${pad(x.title, width)}${scoreText(x.score)}   ${pad(x.rating ?? 'not rated', 11)}${x.scored} scored, ${x.open} open`);
    io.stdout('');
    io.stdout(
      e.knockouts.length === 0
        ? 'Knock-outs: none'
        : `Knock-outs: ${e.knockouts.map((k) => `${k.id} (at least ${k.minRating})`).join(', ')}`,
    );
    io.stdout(`Findings:   ${e.findings.length}`);
    io.stdout(
      `Progress:   ${e.progress.answered} of ${e.progress.visible} visible checks answered (${e.progress.unknown} unknown, ${e.progress.notApplicable} not applicable${
        e.progress.missingReason ? `, ${e.progress.missingReason} "not applicable" without a reason` : ''
      })`,
    );
    return EXIT.ok;
  },
};

const stats: Command = {
  words: ['template', 'stats'],
  summary: 'count the areas, checks, knock-outs and guidance in a template',
  help: `Usage: fineprint template stats <template.json> [--json]

Counts a template's content: checks and distinct knock-outs per area and in all, and how many checks
carry references, all four help texts, and a recommendation for every risky option.

Options:
  --json   print exactly one JSON object:
           {"id","version","areas":[{"id","title","checks","knockouts"}],"checks","knockouts",
            "withReferences","withRecommendations","withHelp",
            "checkList":[{"id","area","title","knockout"?}]}
           (title: the check's short title, else its prompt)

${EXIT_HELP}`,
  async run(args, io) {
    const p = parse(args, { json: { type: 'boolean' } }, 1);
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const file = p.positionals[0];
    const loaded = await loadTemplate(io, file);
    if (!loaded.ok) return loaded.code;
    const s = templateStats(loaded.value);
    if (p.values.json) {
      io.stdout(JSON.stringify(s));
      return EXIT.ok;
    }
    const width = Math.max(...s.areas.map((x) => x.title.length), 10) + 2;
    io.stdout(`${loaded.value.title} (${s.id} ${s.version})`);
    for (const x of s.areas)
      io.stdout(
        `  ${pad(x.title, width)}${String(x.checks).padStart(4)} checks${x.knockouts > 0 ? `, ${x.knockouts} knock-out${x.knockouts === 1 ? '' : 's'}` : ''}`,
      );
    io.stdout(`  ${pad('All areas', width)}${String(s.checks).padStart(4)} checks`);
    io.stdout(`Knock-outs: ${s.knockouts}`);
    io.stdout(
      `With references: ${s.withReferences}/${s.checks}; all four help texts: ${s.withHelp}/${s.checks}; recommendations for every risky option: ${s.withRecommendations}/${s.checks}`,
    );
    return EXIT.ok;
  },
};

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const report: Command = {
  words: ['report'],
  summary: 'export the PDF report of an assessment',
  help: `Usage: fineprint report <file.fineprint> -o <out.pdf> [options]

Exports the PDF report of an assessment for a procurement board: cover, one-page executive
summary, data-path diagram, findings and recommendations, action plan, and an appendix with
every check, the score trace and the file's integrity digest. The PDF is written atomically
(a temporary file in the same folder, then renamed), so a failed export leaves no half file.

Options:
  -o, --output <out.pdf>   where to write the PDF (required)
  --paper a4|letter        paper size (default: a4)
  --org <name>             organisation name for the cover and the document author
  --logo <file.png|jpg>    organisation logo for the cover (PNG or JPEG, at most 2 MB
                           and 2048 x 2048 pixels, or 4096 pixels a side)
  --label <text>           confidentiality label on every page (default: "Confidential")
  --internal-notes         include notes marked internal (left out unless asked for)

Set SOURCE_DATE_EPOCH (seconds) to fix the report date, for reproducible output.

Exit codes:
  0  the report was written (warnings, such as a digest mismatch, go to stderr)
  1  the input file was read but is not a valid assessment
  2  usage error, or a file that cannot be read or written (input, logo, output)`,
  async run(args, io) {
    const p = parse(
      args,
      {
        output: { type: 'string', short: 'o' },
        paper: { type: 'string' },
        org: { type: 'string' },
        logo: { type: 'string' },
        label: { type: 'string' },
        'internal-notes': { type: 'boolean' },
      },
      1,
    );
    if (p.help) return (io.stdout(this.help), EXIT.ok);
    const file = p.positionals[0];
    const str = (name: string) => (typeof p.values[name] === 'string' ? p.values[name] : undefined);
    const output = str('output');
    if (!output) throw new UsageError('missing -o <out.pdf>');
    const paper = str('paper') ?? 'a4';
    if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`--paper must be a4 or letter, not "${paper}"`);

    let logo: ReportLogo | undefined;
    const logoFile = str('logo');
    if (logoFile !== undefined) {
      const read = await readDocumentBytes(resolve(io.cwd, logoFile), MAX_LOGO_BYTES);
      if (!read.ok) {
        io.stderr(`fineprint report: logo ${logoFile}: ${read.message}`);
        return EXIT.usage;
      }
      const checked = checkLogo(read.bytes);
      if (!checked.ok) {
        io.stderr(`fineprint report: logo ${logoFile}: ${checked.message}`);
        return EXIT.usage;
      }
      logo = { bytes: read.bytes, type: checked.header.type };
    }

    const loaded = await loadAssessment(io, file);
    if (!loaded.ok) return loaded.code;
    const options: Partial<ReportOptions> = { paper, includeInternalNotes: p.values['internal-notes'] === true };
    const org = str('org');
    const label = str('label');
    if (org !== undefined) options.organisation = org;
    if (label !== undefined) options.confidentiality = label;
    if (logo) options.logo = logo;
    const pdf = await exportReportPdf(loaded.value, options);

    const target = resolve(io.cwd, output);
    try {
      await writeFileAtomic(target, pdf, { keepTarget: true });
    } catch (error) {
      io.stderr(`fineprint report: cannot write ${output}: ${describeWriteError(error)}`);
      return EXIT.usage;
    }
    io.stdout(
      `${output}: wrote the report of ${loaded.value.assessment.profile.service} (${Math.ceil(pdf.length / 1024)} KB, ${paper === 'a4' ? 'A4' : 'Letter'})`,
    );
    return EXIT.ok;
  },
};

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  validate,
  scoreCommand,
  stats,
  report,
  upgrade,
  diff,
  questionnaireExport,
  questionnaireImport,
  exportFindings,
  due,
  exportAssessment,
  portfolio,
];

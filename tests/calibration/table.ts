// Prints the calibration table: `npm run --silent calibration`. Each case in both states, with the
// band a reviewer expects and the band FinePrint gives; the fixtures are format-1 files of template 1.0.0.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeFineprint } from '../../src/core/file-format';
import { evaluate, type Evaluation } from '../../src/core/engine/evaluate';
import { buildCase } from './build';
import { CASES, FILE_CASES, PAIRS } from './cases';

/** One row of the calibration table. */
export interface CalibrationRow {
  id: string;
  state: 'public' | 'answered' | 'file';
  expected: string[];
  evaluation: Evaluation;
  ok: boolean;
}

/** Evaluates every case in both states, and every fixture file. */
export function calibrationRows(): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  for (const c of CASES) {
    for (const state of ['public', 'answered'] as const) {
      const evaluation = evaluate(buildCase(c, state));
      const expected = c.expect[state];
      rows.push({
        id: c.id,
        state,
        expected,
        evaluation,
        ok: evaluation.overall.rating !== null && expected.includes(evaluation.overall.rating),
      });
    }
  }
  for (const f of FILE_CASES) {
    const text = readFileSync(fileURLToPath(new URL(`./fixtures/${f.file}`, import.meta.url)));
    const decoded = decodeFineprint(text);
    if (!decoded.ok) throw new Error(`${f.file}: ${decoded.problems.map((p) => p.message).join('; ')}`);
    const evaluation = evaluate(decoded.value.assessment);
    rows.push({
      id: f.file.replace('.fineprint', ''),
      state: 'file',
      expected: f.expect,
      evaluation,
      ok: evaluation.overall.rating !== null && f.expect.includes(evaluation.overall.rating),
    });
  }
  return rows;
}

/** Whether each one-fact pair lands in different bands, the riskier one higher. */
export function pairResults(rows: CalibrationRow[]) {
  const find = (id: string, state: string) => rows.find((r) => r.id === id && r.state === state);
  const rank = (r: CalibrationRow | undefined) => ['low', 'medium', 'high', 'critical'].indexOf(r?.evaluation.overall.rating ?? '');
  return PAIRS.map((p) => {
    const riskier = find(p.riskier, p.state);
    const safer = find(p.safer, p.state);
    return {
      ...p,
      riskierRating: riskier?.evaluation.overall.rating,
      saferRating: safer?.evaluation.overall.rating,
      ok: rank(riskier) > rank(safer),
    };
  });
}

/** The table as Markdown. */
export function calibrationTable(): string {
  const rows = calibrationRows();
  const lines = [
    '| case | state | tier | score | rating | expected | open (blocking) | set by | ok |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const o = r.evaluation.overall;
    const by = o.drivers
      .map((d) =>
        d.kind === 'knockout'
          ? `knock-out ${d.knockoutId}`
          : d.kind === 'score'
            ? 'score'
            : d.finding.kind === 'check'
              ? d.finding.checkId
              : `hop ${d.finding.hopId}`,
      )
      .slice(0, 3)
      .join(', ');
    const rating = o.rating === null ? 'not rated' : `${o.rating}${o.provisional ? ' (provisional)' : ''}`;
    lines.push(
      `| ${r.id} | ${r.state} | ${r.evaluation.inherent.tier} | ${o.score ?? '–'} | ${rating} | ${r.expected.join(' or ')} | ${o.openQuestions} (${o.blockingQuestions}) | ${by || '–'} | ${r.ok ? 'yes' : 'NO'} |`,
    );
  }
  lines.push('', '| pair (one material fact) | state | riskier | safer | ok |', '| --- | --- | --- | --- | --- |');
  for (const p of pairResults(rows))
    lines.push(`| ${p.fact} | ${p.state} | ${p.riskierRating} | ${p.saferRating} | ${p.ok ? 'yes' : 'NO'} |`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(calibrationTable());

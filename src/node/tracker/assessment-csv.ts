import type { Assessment } from '../../core/assessment-schema';
import { evaluate } from '../../core/engine/evaluate';
import { answerText } from '../../core/report/model';
import { RISK_LABEL, formatFigure } from '../../core/report/format';
import { provenanceText } from '../../core/report/provenance-text';
import { notesToShare } from '../../core/sharing';
import { csvBytes } from './csv';

/** The whole-assessment CSV's columns, in order. */
export const ASSESSMENT_CSV_HEADERS = [
  'Area',
  'Check',
  'Question',
  'Answer',
  'Figure',
  'Risk',
  'Source',
  'Shared notes',
  'Evidence',
] as const;

/**
 * The whole assessment as rows for people who work in their own tools: one row per check that applies
 * (the triage decides), in template order, with the answer and figure in words, the risk it scores, where
 * the answer came from, the shared notes and the evidence titles. Internal notes are never written.
 */
export function assessmentCsvRows(assessment: Assessment): string[][] {
  const { template } = assessment;
  const evaluation = evaluate(assessment);
  const areaTitle = new Map(template.areas.map((a) => [a.id, a.title]));
  const checks = new Map(template.checks.map((c) => [c.id, c]));
  const level = new Map(evaluation.trace.filter((t) => t.kind === 'check').map((t) => [t.id, t.level]));
  const rows: string[][] = [];
  for (const id of evaluation.visibleCheckIds) {
    const check = checks.get(id);
    if (!check) continue;
    const answer = assessment.answers[id];
    const risk = level.get(id);
    rows.push([
      areaTitle.get(check.area) ?? check.area,
      check.shortTitle ?? check.id,
      check.prompt,
      answerText(check, answer),
      answer?.value === undefined ? '' : formatFigure(answer.value, check.capture),
      risk === undefined ? '' : RISK_LABEL[risk],
      answer?.response ? (provenanceText(answer.provenance) ?? 'Typed by the buyer') : '',
      notesToShare(answer?.notes ?? [], false)
        .map((n) => n.text)
        .join('\n'),
      (answer?.evidence ?? []).map((e) => e.title).join('\n'),
    ]);
  }
  return rows;
}

/** The whole assessment as CSV: UTF-8 with a byte-order mark so Excel reads accents, one row per check that applies. */
export function assessmentCsv(assessment: Assessment, rows: string[][] = assessmentCsvRows(assessment)): Uint8Array {
  return csvBytes([[...ASSESSMENT_CSV_HEADERS], ...rows]);
}

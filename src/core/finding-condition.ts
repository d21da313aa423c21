import type { Finding } from './engine/evaluate';
import type { Template } from './template-schema';
import { findingAdvice, findingTitle, shorten } from './wording';

/** The longest condition text a decision can carry (the LongText limit of the assessment schema). */
const CONDITION_MAX = 4000;

/**
 * The text of a decision condition made from a finding: what it is about (the check's short title, or the
 * data-path hop) and its recommendation, e.g. "Subprocessor list, notice and objection: Require a complete
 * list…". Never a check id: a condition is read by the board.
 */
export function conditionFromFinding(template: Template, f: Finding): string {
  const about =
    f.kind === 'check'
      ? (template.checks.find((c) => c.id === f.checkId)?.shortTitle ?? findingTitle(template, f))
      : findingTitle(template, f);
  // Several recommendations (a multi-choice answer) become one sentence after another; shorten flattens the breaks.
  const recommendation = findingAdvice(f).mitigation.trim();
  return shorten(recommendation === '' ? about : `${about}: ${recommendation}`, CONDITION_MAX);
}

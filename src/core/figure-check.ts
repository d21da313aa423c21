// Whether a captured figure contradicts the answer it was given with: 30 days' notice with the answer
// "No notice", or 0 days with an answer that promises notice. One home for the rule and its words, used
// by the window (the check and the review) and by the PDF report.
import type { Answer, Assessment } from './assessment-schema';
import { formatFigure } from './report/format';
import type { Check } from './template-schema';

/** A figure that does not fit its answer: the answer says there is none (`none`), or that there is some (`some`). */
export interface FigureMismatch {
  checkId: string;
  optionId: string;
  value: number;
  /** What the answer says about the figure. */
  expects: 'none' | 'some';
}

/**
 * What an answer option says about its check's figure, read from the template's option ids (the checklist's
 * convention): `none` or `no-<thing>` says there is none; an option of the same check whose id names that
 * thing (`notice-exit-refund` beside `no-notice`) says there is some. Anything else says nothing either way.
 */
function expectation(check: Check, optionId: string): 'none' | 'some' | undefined {
  if (optionId === 'none' || optionId.startsWith('no-')) return 'none';
  const words = optionId.split('-');
  const named = check.options
    .map((o) => o.id)
    .filter((id) => id.startsWith('no-'))
    .map((id) => id.slice(3).split('-'))
    .some((thing) => thing.length > 0 && words.some((_, i) => thing.every((w, j) => words[i + j] === w)));
  return named ? 'some' : undefined;
}

/** The mismatch between a check's captured figure and its chosen answer, if there is one. */
export function figureMismatch(check: Check, answer: Answer | undefined): FigureMismatch | undefined {
  const value = answer?.value;
  const response = answer?.response;
  if (check.capture?.kind !== 'number' || typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (response?.kind !== 'option') return undefined;
  const expects = expectation(check, response.option);
  if (expects === 'none' && value > 0) return { checkId: check.id, optionId: response.option, value, expects };
  if (expects === 'some' && value === 0) return { checkId: check.id, optionId: response.option, value, expects };
  return undefined;
}

/** Every figure in the assessment that contradicts its answer, in checklist order, among the checks given. */
export function figureMismatches(assessment: Pick<Assessment, 'template' | 'answers'>, checkIds?: ReadonlySet<string>): FigureMismatch[] {
  const out: FigureMismatch[] = [];
  for (const check of assessment.template.checks) {
    if (checkIds && !checkIds.has(check.id)) continue;
    const m = figureMismatch(check, assessment.answers[check.id]);
    if (m) out.push(m);
  }
  return out;
}

/** The hint in words, the same on screen and on paper: what the figure is and why it does not fit. */
export function figureMismatchWords(check: Check, m: FigureMismatch): string {
  const figure = formatFigure(m.value, check.capture);
  const option = check.options.find((o) => o.id === m.optionId)?.label ?? m.optionId;
  return m.expects === 'none'
    ? `The figure (${figure}) does not fit the answer “${option}”, which says there is none. Check the figure or the answer.`
    : `A figure of ${figure} does not fit the answer “${option}”, which promises one. Check the figure or the answer.`;
}

/** The hint for a check's figure and answer in words, or undefined when the figure fits (or there is none). */
export function figureHint(check: Check, answer: Answer | undefined): string | undefined {
  const m = figureMismatch(check, answer);
  return m ? figureMismatchWords(check, m) : undefined;
}

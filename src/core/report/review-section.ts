import type { Assessment } from '../assessment-schema';
import { dueState, expiredEvidence, type ReviewState } from '../review-dates';
import { checkTitle } from '../wording';
import { formatDate } from './format';
import type { Layout } from './layout';
import { drawTable } from './table';
import { COLOURS, RISK_COLOUR, SIZE } from './theme';

/** The review date and the evidence that has expired, as the report prints them. */
export interface ReportReview {
  /** The next review date in words ("1 June 2027"); empty when none is set. */
  nextReviewOn: string;
  /** Where the review date stands on the report date. */
  state: ReviewState;
  /** Evidence whose valid-until date is before the report date, in check order. */
  expired: { title: string; check: string; validUntil: string }[];
}

/** The report's review facts for an assessment, judged on the report date (the day of `generatedAt`). */
export function reviewModel(assessment: Assessment, generatedAt: string): ReportReview {
  const day = generatedAt.slice(0, 10);
  const next = assessment.nextReviewOn ?? null;
  return {
    nextReviewOn: next === null ? '' : formatDate(next),
    state: dueState({ nextReviewOn: next, evidenceExpiresOn: null }, day).review,
    expired: expiredEvidence(assessment, day).map(({ checkId, item }) => ({
      title: item.title,
      check: assessment.template.checks.find((c) => c.id === checkId)?.shortTitle ?? checkTitle(assessment.template, checkId, 80),
      validUntil: formatDate(item.validUntil ?? ''),
    })),
  };
}

/** The cover's "Next review" line: the date, and whether it has passed or is close on the report date. */
export function nextReviewWords(review: ReportReview): string {
  if (review.nextReviewOn === '') return 'Not set';
  if (review.state === 'overdue') return `${review.nextReviewOn} (overdue on the report date)`;
  if (review.state === 'due-soon') return `${review.nextReviewOn} (due within 30 days)`;
  return review.nextReviewOn;
}

/** "Expired evidence": the items the buyer can no longer rely on, to ask the vendor for again. Drawn only when there are any. */
export function drawExpiredEvidence(l: Layout, review: ReportReview): void {
  if (review.expired.length === 0) return;
  const n = review.expired.length;
  l.heading('Expired evidence', 2);
  l.paragraph(
    `${n} piece${n === 1 ? '' : 's'} of evidence ${n === 1 ? 'was' : 'were'} valid only until a date before this report. Ask the vendor for current versions before relying on the answers they support.`,
    { size: SIZE.small, colour: COLOURS.muted },
  );
  drawTable(
    l,
    [
      { header: 'Evidence', width: 44 },
      { header: 'Check', width: 36 },
      { header: 'Valid until', width: 20 },
    ],
    review.expired.map((e) => ({
      cells: [e.title, e.check, { parts: [{ text: e.validUntil, face: 'bold', colour: RISK_COLOUR.high }] }],
    })),
    { size: SIZE.small },
  );
}

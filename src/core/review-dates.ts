import type { Assessment, Evidence } from './assessment-schema';
import { evaluate } from './engine/evaluate';
import { evidenceExpired } from './evidence-expiry';
import type { LibrarySummary } from './library-summary';
import type { Rating } from './risk';
import type { Tier } from './template-schema';

/*
 * How often a service is reviewed again. DORA (Art. 28 and the RTS on ICT third-party policy) asks
 * financial entities to review ICT third-party arrangements periodically and more often the more critical
 * the function; ISO/IEC 27001:2022 A.5.22 asks for supplier services to be monitored and reviewed
 * "regularly". Common practice in vendor-risk programmes, which this follows, is a review every quarter
 * for critical suppliers, twice a year for high, yearly for medium and every one to two years for low.
 *
 *   rating      months     why
 *   critical       3       a critical rating is tolerated only briefly, under watch
 *   high           6       twice a year
 *   medium        12       yearly, the usual supplier-review cycle
 *   low           24       every two years, capped by the use's sensitivity below
 *   provisional    3       a rating still built on too few answers (or a blocking question) is not
 *   not rated      3       a basis for a long gap: look again within a quarter
 *
 * The inherent tier of the use caps the interval: a use that sees personal data or acts on its own
 * (tier high or very high) is reviewed at least yearly, a moderate one at least every 18 months.
 */

/** Months between reviews for each settled rating. */
export const REVIEW_MONTHS_BY_RATING: Readonly<Record<Rating, number>> = { critical: 3, high: 6, medium: 12, low: 24 };

/** The longest interval the inherent tier of the use allows. */
export const REVIEW_MONTHS_CAP_BY_TIER: Readonly<Record<Tier, number>> = { low: 24, moderate: 18, high: 12, 'very-high': 12 };

/** Months before looking again at a provisional or not yet rated assessment. */
export const UNSETTLED_REVIEW_MONTHS = 3;

/** How many days ahead a review date or an evidence expiry counts as coming up soon. */
export const DUE_SOON_DAYS = 30;

/** What set a suggested interval: the rating, the tier's cap, a provisional rating, or no rating yet. */
export type ReviewBasis = 'rating' | 'tier' | 'provisional' | 'not-rated';

/** A suggested interval between reviews, and what set it (for the window's and the report's wording). */
export interface ReviewInterval {
  months: number;
  basis: ReviewBasis;
  rating: Rating | null;
  tier: Tier;
}

/** The suggested months until the next review: shorter for riskier services and more sensitive uses. */
export function suggestedReviewInterval(rating: Rating | null, tier: Tier, provisional = false): ReviewInterval {
  if (rating === null) return { months: UNSETTLED_REVIEW_MONTHS, basis: 'not-rated', rating, tier };
  if (provisional) return { months: UNSETTLED_REVIEW_MONTHS, basis: 'provisional', rating, tier };
  const byRating = REVIEW_MONTHS_BY_RATING[rating];
  const cap = REVIEW_MONTHS_CAP_BY_TIER[tier];
  return cap < byRating ? { months: cap, basis: 'tier', rating, tier } : { months: byRating, basis: 'rating', rating, tier };
}

/** A suggested next-review day with the interval behind it. */
export interface ReviewSuggestion extends ReviewInterval {
  /** ISO day (YYYY-MM-DD). */
  date: string;
}

/** The next-review day suggested for an assessment as it stands, counted from `today` (an ISO day). */
export function suggestedReviewDate(
  assessment: Pick<Assessment, 'template' | 'profile' | 'answers' | 'dataPath'>,
  today: string,
): ReviewSuggestion {
  const e = evaluate(assessment);
  const interval = suggestedReviewInterval(e.overall.rating, e.inherent.tier, e.overall.provisional);
  return { ...interval, date: addMonths(today, interval.months) };
}

/** Where a review date stands: passed, within the next 30 days (today included), later, or not set. */
export type ReviewState = 'overdue' | 'due-soon' | 'scheduled' | 'no-date';

/** What is due for one assessment on a day: its review and its evidence. */
export interface DueState {
  review: ReviewState;
  /** Days from today to the review date (negative once passed); null without a date. */
  daysUntilReview: number | null;
  /** Some evidence's valid-until day has passed. */
  evidenceExpired: boolean;
  /** No evidence has expired, but some expires within the next 30 days. */
  evidenceExpiringSoon: boolean;
}

/** What is due for an assessment on `today` (an ISO day), from its library summary. */
export function dueState(summary: Pick<LibrarySummary, 'nextReviewOn' | 'evidenceExpiresOn'>, today: string): DueState {
  const days = summary.nextReviewOn === null ? null : daysBetween(today, summary.nextReviewOn);
  const review: ReviewState = days === null ? 'no-date' : days < 0 ? 'overdue' : days <= DUE_SOON_DAYS ? 'due-soon' : 'scheduled';
  const earliest = summary.evidenceExpiresOn;
  const expired = earliest !== null && evidenceExpired({ validUntil: earliest }, today);
  const soon = earliest !== null && !expired && daysBetween(today, earliest) <= DUE_SOON_DAYS;
  return { review, daysUntilReview: days, evidenceExpired: expired, evidenceExpiringSoon: soon };
}

/** Whether an assessment needs attention now: review overdue or due soon, or evidence expired. */
export function isDueOrOverdue(state: DueState): boolean {
  return state.review === 'overdue' || state.review === 'due-soon';
}

/**
 * The day the library's "Review" column sorts by: the earlier of the review date and the first evidence
 * expiry, so what needs attention first comes first; null (sorted last) when neither is set.
 */
export function reviewSortDay(summary: Pick<LibrarySummary, 'nextReviewOn' | 'evidenceExpiresOn'>): string | null {
  const days = [summary.nextReviewOn, summary.evidenceExpiresOn].filter((d): d is string => d !== null);
  return days.length === 0 ? null : days.reduce((a, b) => (b < a ? b : a));
}

/** One expired piece of evidence and the check it backs. */
export interface ExpiredEvidence {
  checkId: string;
  item: Evidence;
}

/** The current round's evidence whose valid-until day has passed on `today`, in the template's check order. */
export function expiredEvidence(assessment: Pick<Assessment, 'template' | 'answers'>, today: string): ExpiredEvidence[] {
  const order = new Map(assessment.template.checks.map((c, i) => [c.id, i]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const checkIds = Object.keys(assessment.answers).sort((a, b) => rank(a) - rank(b));
  const out: ExpiredEvidence[] = [];
  for (const checkId of checkIds)
    for (const item of assessment.answers[checkId]?.evidence ?? []) if (evidenceExpired(item, today)) out.push({ checkId, item });
  return out;
}

/** The ISO day `months` calendar months after `day`, on the month's last day when it is shorter (Jan 31 + 1 = Feb 28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoDay(new Date(Date.UTC(year, month, Math.min(d, lastDay))));
}

/** Whole days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ISO day (YYYY-MM-DD) of a date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The ISO day (YYYY-MM-DD) of a date on the local calendar: "today" as the user's clock reads it. */
export function localIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

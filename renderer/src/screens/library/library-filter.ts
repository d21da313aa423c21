import type { LibrarySummary } from '../../../../src/core/library-summary';
import { dueState, isDueOrOverdue, reviewSortDay } from '../../../../src/core/review-dates';
import type { Rating } from '../../../../src/core/risk';

/** What the library list is narrowed to: a search text, a rating, a decision and what is due. */
export interface LibraryFilter {
  query: string;
  rating: Rating | 'all';
  decision: LibrarySummary['decision'] | 'all';
  /** "due": review overdue or due within 30 days; "expired": some evidence past its valid-until date. */
  review: 'all' | 'due' | 'expired';
}

/** The filter that shows everything. */
export const NO_FILTER: LibraryFilter = { query: '', rating: 'all', decision: 'all', review: 'all' };

/** The order of the library list: most recently changed first, or what needs review first. */
export type LibraryOrder = 'updated' | 'review';

/** The assessments that match the filter on `today` (an ISO day), in the library's order (most recently changed first). */
export function filterLibrary(list: readonly LibrarySummary[], filter: LibraryFilter, today: string): LibrarySummary[] {
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((s) => {
    if (filter.rating !== 'all' && s.rating !== filter.rating) return false;
    if (filter.decision !== 'all' && s.decision !== filter.decision) return false;
    if (filter.review === 'due' && !isDueOrOverdue(dueState(s, today))) return false;
    if (filter.review === 'expired' && !dueState(s, today).evidenceExpired) return false;
    const haystack = `${s.service} ${s.vendor} ${s.templateTitle}`.toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/**
 * The list in the chosen order. By review: the earlier of the review date and the first evidence expiry
 * first (so overdue and expired come before due soon), those with neither last, each group otherwise in
 * the library's order.
 */
export function sortLibrary(list: readonly LibrarySummary[], order: LibraryOrder): LibrarySummary[] {
  if (order === 'updated') return [...list];
  const keyed = list.map((s, i) => ({ s, i, day: reviewSortDay(s) }));
  keyed.sort((a, b) => {
    if (a.day === b.day) return a.i - b.i;
    if (a.day === null) return 1;
    if (b.day === null) return -1;
    return a.day < b.day ? -1 : 1;
  });
  return keyed.map((k) => k.s);
}

import type { LibrarySummary } from '../../../../src/core/library-summary';
import type { Rating } from '../../../../src/core/risk';

/** What the library list is narrowed to: a search text, a rating and a decision. */
export interface LibraryFilter {
  query: string;
  rating: Rating | 'all';
  decision: LibrarySummary['decision'] | 'all';
}

/** The filter that shows everything. */
export const NO_FILTER: LibraryFilter = { query: '', rating: 'all', decision: 'all' };

/** The assessments that match the filter, in the library's order (most recently changed first). */
export function filterLibrary(list: readonly LibrarySummary[], filter: LibraryFilter): LibrarySummary[] {
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((s) => {
    if (filter.rating !== 'all' && s.rating !== filter.rating) return false;
    if (filter.decision !== 'all' && s.decision !== filter.decision) return false;
    const haystack = `${s.service} ${s.vendor} ${s.templateTitle}`.toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

import { describe, expect, it } from 'vitest';
import { summarize, type LibrarySummary } from '../../src/core/library-summary';
import { NO_FILTER, filterLibrary, sortLibrary } from '../../renderer/src/screens/library/library-filter';
import { miniAssessment } from '../support/builders';

const TODAY = '2026-12-02';
function item(service: string, nextReviewOn: string | null, evidenceExpiresOn: string | null = null): LibrarySummary {
  return { ...summarize(miniAssessment({}, { service })), nextReviewOn, evidenceExpiresOn };
}

// In the library's order: most recently changed first.
const list = [
  item('Scheduled', '2027-06-01'),
  item('Undated', null),
  item('Overdue', '2026-11-01'),
  item('Expired evidence only', null, '2026-11-30'),
  item('Due soon', '2026-12-20', '2027-01-15'),
];
const names = (xs: readonly LibrarySummary[]) => xs.map((x) => x.service);

describe('the library’s review filters and order', () => {
  it('"Due or overdue" keeps reviews passed or within 30 days', () => {
    expect(names(filterLibrary(list, { ...NO_FILTER, review: 'due' }, TODAY))).toEqual(['Overdue', 'Due soon']);
  });

  it('"Expired evidence" keeps those with evidence past its valid-until day', () => {
    expect(names(filterLibrary(list, { ...NO_FILTER, review: 'expired' }, TODAY))).toEqual(['Expired evidence only']);
  });

  it('sorts by what needs attention first, undated last, and keeps the library’s order otherwise', () => {
    expect(names(sortLibrary(list, 'review'))).toEqual(['Overdue', 'Expired evidence only', 'Due soon', 'Scheduled', 'Undated']);
    expect(names(sortLibrary(list, 'updated'))).toEqual(names(list));
  });
});

import type { Evidence } from './assessment-schema';

/**
 * Whether a piece of evidence can no longer be relied on at a date: its valid-until day is before it.
 * Dates are ISO days (YYYY-MM-DD), compared as text. Evidence without a valid-until date never expires.
 * The one rule for the library's due list, the review, the report and the diff between rounds.
 */
export function evidenceExpired(item: Pick<Evidence, 'validUntil'>, onDay: string): boolean {
  return item.validUntil !== undefined && item.validUntil < onDay;
}

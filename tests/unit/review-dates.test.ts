import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  dueState,
  expiredEvidence,
  localIsoDay,
  reviewSortDay,
  suggestedReviewDate,
  suggestedReviewInterval,
} from '../../src/core/review-dates';
import { miniAssessment } from '../support/builders';

const TODAY = '2026-12-02';

describe('the suggested review interval', () => {
  it('is shorter the riskier the rating: 3, 6, 12 and 24 months from critical to low', () => {
    expect(suggestedReviewInterval('critical', 'low').months).toBe(3);
    expect(suggestedReviewInterval('high', 'low').months).toBe(6);
    expect(suggestedReviewInterval('medium', 'low').months).toBe(12);
    expect(suggestedReviewInterval('low', 'low')).toMatchObject({ months: 24, basis: 'rating' });
  });

  it('is at most a year for a sensitive use and 18 months for a moderate one, whatever the rating', () => {
    expect(suggestedReviewInterval('low', 'very-high')).toMatchObject({ months: 12, basis: 'tier' });
    expect(suggestedReviewInterval('low', 'high')).toMatchObject({ months: 12, basis: 'tier' });
    expect(suggestedReviewInterval('low', 'moderate')).toMatchObject({ months: 18, basis: 'tier' });
    expect(suggestedReviewInterval('high', 'very-high')).toMatchObject({ months: 6, basis: 'rating' });
  });

  it('is three months while the rating is provisional or not there yet', () => {
    expect(suggestedReviewInterval('low', 'low', true)).toMatchObject({ months: 3, basis: 'provisional' });
    expect(suggestedReviewInterval(null, 'low')).toMatchObject({ months: 3, basis: 'not-rated' });
  });
});

describe('the suggested review date', () => {
  const settledLow = { 'region-01': 'good', 'identity-01': 'good', 'identity-02': 'good' };

  it('counts two years ahead for a settled low rating on a low-tier use', () => {
    expect(suggestedReviewDate(miniAssessment(settledLow), TODAY)).toMatchObject({ date: '2028-12-02', months: 24, rating: 'low' });
  });

  it('counts one year ahead for the same answers when the service sees personal data', () => {
    const a = miniAssessment({ ...settledLow, 'region-02': 'good' }, { data: ['personal'] });
    expect(suggestedReviewDate(a, TODAY)).toMatchObject({ date: '2027-12-02', basis: 'tier' });
  });

  it('counts three months ahead when a knock-out makes the service critical', () => {
    const a = miniAssessment({ 'region-01': 'good', 'identity-01': 'bad' });
    expect(suggestedReviewDate(a, TODAY)).toMatchObject({ date: '2027-03-02', months: 3, rating: 'critical' });
  });

  it('counts three months ahead for an assessment with nothing answered', () => {
    expect(suggestedReviewDate(miniAssessment(), TODAY)).toMatchObject({ date: '2027-03-02', basis: 'not-rated' });
  });
});

describe('calendar arithmetic', () => {
  it('lands on the last day of a shorter month and crosses years', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-11-30', 24)).toBe('2028-11-30');
  });

  it('counts days across a month end and backwards', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('reads today on the local calendar', () => {
    expect(localIsoDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('what is due', () => {
  const at = (nextReviewOn: string | null, evidenceExpiresOn: string | null = null) => dueState({ nextReviewOn, evidenceExpiresOn }, TODAY);

  it('tells overdue, due within 30 days (today included), scheduled and no date apart', () => {
    expect(at('2026-12-01')).toMatchObject({ review: 'overdue', daysUntilReview: -1 });
    expect(at('2026-12-02')).toMatchObject({ review: 'due-soon', daysUntilReview: 0 });
    expect(at('2027-01-01')).toMatchObject({ review: 'due-soon', daysUntilReview: 30 });
    expect(at('2027-01-02')).toMatchObject({ review: 'scheduled', daysUntilReview: 31 });
    expect(at(null)).toMatchObject({ review: 'no-date', daysUntilReview: null });
  });

  it('flags expired evidence after its valid-until day, and evidence expiring within 30 days', () => {
    expect(at(null, '2026-12-01')).toMatchObject({ evidenceExpired: true, evidenceExpiringSoon: false });
    expect(at(null, '2026-12-02')).toMatchObject({ evidenceExpired: false, evidenceExpiringSoon: true });
    expect(at(null, '2027-01-01')).toMatchObject({ evidenceExpired: false, evidenceExpiringSoon: true });
    expect(at(null, '2027-01-02')).toMatchObject({ evidenceExpired: false, evidenceExpiringSoon: false });
    expect(at(null, null)).toMatchObject({ evidenceExpired: false, evidenceExpiringSoon: false });
  });

  it('sorts by whichever needs attention first: the review or the first evidence expiry', () => {
    expect(reviewSortDay({ nextReviewOn: '2027-06-01', evidenceExpiresOn: '2027-02-01' })).toBe('2027-02-01');
    expect(reviewSortDay({ nextReviewOn: '2027-01-01', evidenceExpiresOn: null })).toBe('2027-01-01');
    expect(reviewSortDay({ nextReviewOn: null, evidenceExpiresOn: null })).toBeNull();
  });
});

describe('expired evidence', () => {
  it('lists the items past their valid-until day in check order, and none without a date', () => {
    const a = miniAssessment({ 'region-01': 'good', 'identity-01': 'good' });
    a.answers['identity-01'].evidence = [{ id: 'e1', title: 'SSO guide', validUntil: '2026-11-30' }];
    a.answers['region-01'].evidence = [
      { id: 'e2', title: 'Region statement', validUntil: '2026-12-01' },
      { id: 'e3', title: 'DPA' },
      { id: 'e4', title: 'SOC 2 report', validUntil: '2026-12-02' },
    ];
    expect(expiredEvidence(a, TODAY).map((x) => [x.checkId, x.item.title])).toEqual([
      ['region-01', 'Region statement'],
      ['identity-01', 'SSO guide'],
    ]);
  });
});

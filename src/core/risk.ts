import { z } from 'zod';

/** The fixed five-step scale an answer option is graded on. */
export const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
/** Risk level of one answer option. */
export const RiskLevel = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof RiskLevel>;

/** The four overall ratings an assessment, an area or a knock-out floor can have. */
export const RATINGS = ['low', 'medium', 'high', 'critical'] as const;
/** Rating of an assessment or an area. */
export const Rating = z.enum(RATINGS);
export type Rating = z.infer<typeof Rating>;

/** Points (0-100) each risk level contributes to a score before the inherent tier and weighting. */
export const RISK_POINTS: Readonly<Record<RiskLevel, number>> = {
  none: 0,
  low: 15,
  medium: 35,
  high: 65,
  critical: 100,
};

/** Whether an answer at this level is a finding that needs a recommendation. */
export function isRisky(level: RiskLevel): boolean {
  return RISK_RANK[level] >= RISK_RANK.medium;
}

/** Orders ratings: returns a negative number when a ranks below b. */
export function compareRatings(a: Rating, b: Rating): number {
  return RATINGS.indexOf(a) - RATINGS.indexOf(b);
}

/** The higher of two ratings. */
export function maxRating(a: Rating, b: Rating): Rating {
  return compareRatings(a, b) >= 0 ? a : b;
}

/** Position of each risk level on the scale, 0 (none) to 4 (critical). */
export const RISK_RANK: Readonly<Record<RiskLevel, number>> = { none: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** Orders risk levels: returns a negative number when a ranks below b. */
export function compareRisk(a: RiskLevel, b: RiskLevel): number {
  return RISK_RANK[a] - RISK_RANK[b];
}

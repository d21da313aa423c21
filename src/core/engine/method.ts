// The constants of the rating method, in one place. SCORING.md explains each; the calibration suite
// (tests/calibration) is what they are judged by.
import type { Rating, RiskLevel } from '../risk';
import type { Tier } from '../template-schema';

/**
 * How much more a risky answer (medium and above) weighs in the score for a more sensitive use. Low
 * and "none" answers are never scaled, so a low answer can never land above the medium band.
 */
export const TIER_FACTOR: Readonly<Record<Tier, number>> = { low: 1, moderate: 1.1, high: 1.2, 'very-high': 1.3 };

/** Checks the template weighs at least this much are material: their findings keep their full severity. */
export const MATERIAL_WEIGHT = 2;

/**
 * The risk matrix: the severity of one finding from its risk level and the inherent tier, in the
 * style of NIST AI RMF MAP 5.1 (likelihood from the answer, impact from the intended use). A finding
 * on a check that is not material counts one step lower.
 */
export const SEVERITY: Readonly<Record<'medium' | 'high' | 'critical', Readonly<Record<Tier, Rating>>>> = {
  medium: { low: 'low', moderate: 'low', high: 'medium', 'very-high': 'medium' },
  high: { low: 'medium', moderate: 'medium', high: 'high', 'very-high': 'high' },
  critical: { low: 'high', moderate: 'high', high: 'critical', 'very-high': 'critical' },
};

/** Below this share of visible checks answered (options or not applicable), the rating is provisional. */
export const PROVISIONAL_COVERAGE = 0.8;

/** A data-path hop outside the required jurisdictions is scored as one item of this level and weight. */
export const HOP_OUTSIDE: Readonly<{ level: RiskLevel; weight: number }> = { level: 'high', weight: 2 };

/** The area hop items are scored in, when the template has it (otherwise its first area). */
export const HOP_AREA = 'data-path';

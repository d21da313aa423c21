import type { Profile } from '../assessment-schema';
import { TIERS, type Template, type Tier, type TriageOption } from '../template-schema';
import { visibleTriage } from './visibility';

/** One triage choice and the tier it sets. */
export interface TierSource {
  question: string;
  option: string;
  tier: Tier;
}

/** The inherent-risk tier of the intended use, and the choices that set it. */
export interface InherentRisk {
  tier: Tier;
  /** Every chosen option above the lowest tier, most sensitive first. */
  sources: TierSource[];
}

const TIER_RANK: Readonly<Record<Tier, number>> = { low: 0, moderate: 1, high: 2, 'very-high': 3 };

/** Orders tiers: negative when a is less sensitive than b. */
export function compareTiers(a: Tier, b: Tier): number {
  return TIER_RANK[a] - TIER_RANK[b];
}

/**
 * The tier a triage option sets: its `tier`, or for templates of version 1.0 (which graded options
 * by an impact factor) the tier that factor stood for.
 */
export function optionTier(option: TriageOption): Tier {
  if (option.tier) return option.tier;
  const f = option.impact ?? 1;
  return f >= 1.5 ? 'very-high' : f >= 1.3 ? 'high' : f >= 1.1 ? 'moderate' : 'low';
}

/**
 * The inherent risk from the triage: the most sensitive choice of all the visible questions sets the
 * tier. Choices do not compound (personal data for many users is as sensitive as its most sensitive
 * part), so one question can never be outweighed by several mild ones.
 */
export function inherentRisk(template: Template, profile: Profile): InherentRisk {
  const sources: TierSource[] = [];
  let tier: Tier = TIERS[0];
  for (const q of visibleTriage(template, profile)) {
    const value = profile[q.id];
    const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    for (const option of q.options ?? []) {
      if (!chosen.includes(option.id)) continue;
      const t = optionTier(option);
      if (t === 'low') continue;
      sources.push({ question: q.id, option: option.id, tier: t });
      if (compareTiers(t, tier) > 0) tier = t;
    }
  }
  sources.sort((a, b) => compareTiers(b.tier, a.tier));
  return { tier, sources };
}

import { JURISDICTION_CODES, type HopJurisdiction, type JurisdictionCode } from '../jurisdiction';

/** The profile question whose answer lists the jurisdictions the buyer requires. */
export const REQUIRED_JURISDICTIONS_QUESTION = 'jurisdictions';

/** The jurisdictions the buyer requires: the profile's answer to the required-jurisdictions question. */
export function requiredJurisdictions(profile: Readonly<Record<string, unknown>>): JurisdictionCode[] {
  const value = profile[REQUIRED_JURISDICTIONS_QUESTION];
  const ids: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return JURISDICTION_CODES.filter((j) => ids.includes(j));
}

/** Where a hop stands against the buyer's required jurisdictions. */
export type HopStanding = 'inside' | 'outside' | 'unknown' | 'no-requirement' | 'off-by-policy';

/** A hop's standing and the jurisdictions that put it outside the requirement. */
export interface HopJudgement {
  standing: HopStanding;
  /** The hop's jurisdiction codes, without repeats, in the order of JURISDICTION_CODES. */
  codes: JurisdictionCode[];
  outsideOf: JurisdictionCode[];
}

/**
 * Judges one hop from its recorded jurisdictions, never from prose. A hop switched off by policy is
 * not judged; with no requirement nothing is outside; a hop with no jurisdiction recorded is unknown;
 * a hop is outside when any of its jurisdictions is not required (an EU region run by a US operator
 * records both, and is outside an EU-only requirement).
 */
export function judgeHop(
  hop: { jurisdictions: readonly HopJurisdiction[]; offByPolicy?: unknown },
  required: ReadonlySet<JurisdictionCode>,
): HopJudgement {
  const codes = JURISDICTION_CODES.filter((c) => hop.jurisdictions.some((j) => j.code === c));
  if (hop.offByPolicy !== undefined) return { standing: 'off-by-policy', codes, outsideOf: [] };
  if (required.size === 0) return { standing: 'no-requirement', codes, outsideOf: [] };
  if (codes.length === 0) return { standing: 'unknown', codes, outsideOf: [] };
  const outsideOf = codes.filter((c) => !required.has(c));
  return { standing: outsideOf.length > 0 ? 'outside' : 'inside', codes, outsideOf };
}

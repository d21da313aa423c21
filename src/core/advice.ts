// Words the engine's data-path codes need, shared by the window and the report so both say the same:
// jurisdiction names, and the recommendation for a hop outside the required jurisdictions (the data
// path has no template check of its own to carry one).
import type { HopJurisdiction, JurisdictionCode } from './jurisdiction';

/** Display names of the jurisdiction codes. */
export const JURISDICTION_LABEL: Readonly<Record<JurisdictionCode, string>> = {
  eu: 'EU/EEA',
  uk: 'UK',
  us: 'US',
  ch: 'Switzerland',
  other: 'Other',
};

const MEMBER_STATE_NAME: Readonly<Record<string, string>> = {
  AT: 'Austria', BE: 'Belgium', BG: 'Bulgaria', HR: 'Croatia', CY: 'Cyprus', CZ: 'Czechia', DK: 'Denmark',
  EE: 'Estonia', FI: 'Finland', FR: 'France', DE: 'Germany', GR: 'Greece', HU: 'Hungary', IE: 'Ireland',
  IT: 'Italy', LV: 'Latvia', LT: 'Lithuania', LU: 'Luxembourg', MT: 'Malta', NL: 'Netherlands', PL: 'Poland',
  PT: 'Portugal', RO: 'Romania', SK: 'Slovakia', SI: 'Slovenia', ES: 'Spain', SE: 'Sweden', IS: 'Iceland',
  LI: 'Liechtenstein', NO: 'Norway',
}; // prettier-ignore

/** The English name of an EU/EEA member state code. */
export function memberStateName(code: string): string {
  return MEMBER_STATE_NAME[code] ?? code;
}

/** One recorded jurisdiction in words: "EU/EEA (Germany)", "US", "India". */
export function jurisdictionLabel(j: HopJurisdiction): string {
  if (j.code === 'eu') return j.memberState ? `EU/EEA (${memberStateName(j.memberState)})` : 'EU/EEA';
  if (j.code === 'other') return j.name;
  return JURISDICTION_LABEL[j.code];
}

/** A list of codes in words: "EU/EEA and UK". */
export function jurisdictionList(codes: readonly JurisdictionCode[]): string {
  const names = codes.map((c) => JURISDICTION_LABEL[c]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The mitigation and contract clause for a hop that takes data outside the required jurisdictions. */
export function hopOutsideAdvice(
  component: string,
  operator: string,
  outsideOf: readonly JurisdictionCode[],
  required: readonly JurisdictionCode[],
): { mitigation: string; clause: string; evidence: string } {
  const where = jurisdictionList(required);
  const who = operator.trim() ? `${component} (${operator})` : component;
  return {
    mitigation: `Have ${who} pinned to ${where} or switched off by policy, with the evidence recorded. If the business accepts processing under ${jurisdictionList(outsideOf)} law, add it to the required jurisdictions in the profile and keep the transfer mechanism on file.`,
    clause: `The Supplier shall process and store Customer Data, including prompts, files, outputs, embeddings, logs and telemetry, only in ${where}, including at ${who}, and shall give at least 60 days' written notice before any change, with a right for the Customer to terminate without penalty.`,
    evidence: `The contract clause or residency documentation that names where ${who} processes data, and the settings that keep it there.`,
  };
}

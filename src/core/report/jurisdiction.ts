/** The jurisdictions a buyer can require in the default template's `jurisdictions` triage question. */
export type JurisdictionId = 'eu' | 'uk' | 'us' | 'ch' | 'other';

/** Short display names of the jurisdiction ids. */
export const JURISDICTION_LABEL: Readonly<Record<JurisdictionId, string>> = {
  eu: 'EU/EEA',
  uk: 'UK',
  us: 'US',
  ch: 'Switzerland',
  other: 'Other',
};

// Member states of the EU and the EEA, in English and a few native spellings: the "European Union or EEA" option.
const EU_STATES =
  'austria|belgium|bulgaria|croatia|cyprus|czechia|czech republic|denmark|estonia|finland|france|germany|deutschland|greece|hungary|ireland|italy|latvia|lithuania|luxembourg|malta|netherlands|the netherlands|holland|poland|portugal|romania|slovakia|slovenia|spain|sweden|iceland|liechtenstein|norway';
// Abbreviations count only in capitals ("US", not the word "us"); names in any case.
const PATTERNS: readonly [JurisdictionId, RegExp, RegExp][] = [
  ['eu', /\b(EU|EEA|E\.U\.)\b/, new RegExp(`\\b(european union|european economic area|europe|${EU_STATES})\\b`)],
  ['uk', /\b(UK|U\.K\.|GB)\b/, /\b(united kingdom|great britain|britain|england|scotland|wales|northern ireland)\b/],
  ['us', /\b(US|USA|U\.S\.A?\.?)(?![\w.])/, /\b(united states|america)\b/],
  ['ch', /\b(CH)\b/, /\b(switzerland|swiss|schweiz|suisse|svizzera)\b/],
];
// Words that say the place is not known or not fixed: such a hop is "unclear", never assumed inside.
const UNCLEAR =
  /^(?:$|\?|-|n\/a\b|none\b|tbc\b|tbd\b|unknown|undisclosed|unspecified|uncommitted|not (?:known|stated|disclosed|committed|specified|named|given)|various|varies|depends|global|worldwide|anywhere|any\b|multiple)/;

/** What a hop's jurisdiction (or, failing that, region) text says, normalised. */
export interface JurisdictionReading {
  /** Recognised jurisdictions, in the order of the ids above. */
  found: JurisdictionId[];
  /** True when the text names no place that can be recognised or says it is unknown. */
  unclear: boolean;
}

/**
 * Normalises free text such as "EU", "EU (Ireland)", "United States" or "EU; United States for account
 * data" to jurisdiction ids. The rule: case and diacritics are ignored; every jurisdiction the text
 * names counts (a hop that mentions the EU and the US is read as both, so a US parent company is not
 * hidden behind an EU region); EU and EEA member states count as the EU; a text that names none of
 * eu/uk/us/ch is unclear when it is empty or starts with "unknown", "not committed", "global", "any" and
 * the like, and "other" otherwise (it names some other place). Cloud region codes such as "eu-west-2" are
 * not interpreted (that one is London).
 */
export function readJurisdiction(text: string): JurisdictionReading {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\b[a-z]{2}-[a-z]+-\d+\b/gi, ' ') // cloud region codes say nothing about law
    .replace(/\s+/g, ' ')
    .trim();
  const lower = plain.toLowerCase();
  const found = PATTERNS.filter(([, abbreviation, name]) => abbreviation.test(plain) || name.test(lower)).map(([id]) => id);
  if (found.length > 0) return { found, unclear: false };
  if (UNCLEAR.test(lower)) return { found: [], unclear: true };
  return { found: ['other'], unclear: false };
}

/** Where a hop stands against the buyer's required jurisdictions. */
export type HopStanding = 'inside' | 'outside' | 'unclear' | 'no-requirement';

/**
 * Judges a hop: outside when it names a jurisdiction the buyer did not require; unclear when nothing can be
 * recognised, or when the only match is "other" and the buyer requires "other" (which text cannot verify).
 */
export function hopStanding(reading: JurisdictionReading, required: ReadonlySet<JurisdictionId>): HopStanding {
  if (required.size === 0) return 'no-requirement';
  if (reading.unclear) return 'unclear';
  if (reading.found.some((j) => !required.has(j))) return 'outside';
  if (reading.found.includes('other')) return 'unclear';
  return 'inside';
}

/** Every jurisdiction id, in display order. */
export const JURISDICTION_IDS: readonly JurisdictionId[] = ['eu', 'uk', 'us', 'ch', 'other'];

/** The jurisdictions the buyer requires: the profile's `jurisdictions` triage answer. */
export function requiredJurisdictions(profile: Readonly<Record<string, unknown>>): JurisdictionId[] {
  const value = profile['jurisdictions'];
  const ids: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return JURISDICTION_IDS.filter((j) => ids.includes(j));
}

/** A hop's reading and standing, and the jurisdictions that put it outside the requirement. */
export interface HopJudgement {
  reading: JurisdictionReading;
  standing: HopStanding;
  outsideOf: JurisdictionId[];
}

/**
 * Judges one data-path hop against the required jurisdictions. The jurisdiction text decides; the region
 * only when that says nothing and the region names one of eu/uk/us/ch (a region is often just a city,
 * which must not read as "some other place"). Used by the report and the window's diagram alike.
 */
export function judgeHop(hop: { jurisdiction: string; region: string }, required: ReadonlySet<JurisdictionId>): HopJudgement {
  let reading = readJurisdiction(hop.jurisdiction);
  if (reading.unclear) {
    const region = readJurisdiction(hop.region);
    if (region.found.some((j) => j !== 'other')) reading = region;
  }
  const standing = hopStanding(reading, required);
  return { reading, standing, outsideOf: standing === 'outside' ? reading.found.filter((j) => !required.has(j)) : [] };
}

import { EU_MEMBER_STATES, type EuMemberState, type HopJurisdiction } from './jurisdiction';

// Read only by the migration of format-1 files, whose hops said their jurisdiction in words. Nothing
// else interprets prose: the engine, the report and the window read the structured values.

const EU_STATE_NAMES: Readonly<Record<string, EuMemberState>> = {
  austria: 'AT', belgium: 'BE', bulgaria: 'BG', croatia: 'HR', cyprus: 'CY', czechia: 'CZ', 'czech republic': 'CZ',
  denmark: 'DK', estonia: 'EE', finland: 'FI', france: 'FR', germany: 'DE', deutschland: 'DE', greece: 'GR',
  hungary: 'HU', ireland: 'IE', italy: 'IT', latvia: 'LV', lithuania: 'LT', luxembourg: 'LU', malta: 'MT',
  netherlands: 'NL', 'the netherlands': 'NL', holland: 'NL', poland: 'PL', portugal: 'PT', romania: 'RO',
  slovakia: 'SK', slovenia: 'SI', spain: 'ES', sweden: 'SE', iceland: 'IS', liechtenstein: 'LI', norway: 'NO',
}; // prettier-ignore
const STATE_PATTERN = new RegExp(`\\b(${Object.keys(EU_STATE_NAMES).join('|')})\\b`, 'g');
// Abbreviations count only in capitals ("US", not the word "us"); names in any case.
const PATTERNS: readonly ['eu' | 'uk' | 'us' | 'ch', RegExp, RegExp][] = [
  ['eu', /\b(EU|EEA|E\.U\.)\b/, /\b(european union|european economic area|europe)\b/],
  ['uk', /\b(UK|U\.K\.|GB)\b/, /\b(united kingdom|great britain|britain|england|scotland|wales|northern ireland)\b/],
  ['us', /\b(US|USA|U\.S\.A?\.?)(?![\w.])/, /\b(united states|america)\b/],
  ['ch', /\b(CH)\b/, /\b(switzerland|swiss|schweiz|suisse|svizzera)\b/],
];
// Words that turn a place into its opposite or leave it open: such text is never mapped.
const AMBIGUOUS =
  /\b(non|not|outside|except|excluding|excludes|beyond|other than|unless|or|may|might|possibly|unknown|undisclosed|unspecified|uncommitted|various|varies|depends|global|worldwide|anywhere|any|multiple|tbc|tbd)\b|\bnon-|\?/i;

/**
 * Maps a format-1 hop's jurisdiction text to structured values where it is unambiguous: "EU", "EU
 * (Ireland)", "Netherlands", "United States" map. Anything with a negation or a hedge ("outside the
 * EU data boundary", "non-EU", "not EU", "EU or US", "global"), anything naming two places, and
 * anything naming no recognised place maps to nothing, which the user then sets (the text is kept).
 */
export function jurisdictionsFromProse(text: string): HopJurisdiction[] {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\b[a-z]{2}-[a-z]+-\d+\b/gi, ' ') // cloud region codes say nothing about law
    .replace(/\s+/g, ' ')
    .trim();
  if (plain === '' || AMBIGUOUS.test(plain)) return [];
  const lower = plain.toLowerCase();
  const codes = PATTERNS.filter(([, abbreviation, name]) => abbreviation.test(plain) || name.test(lower)).map(([code]) => code);
  const states = [...new Set([...lower.matchAll(STATE_PATTERN)].map((m) => EU_STATE_NAMES[m[1] ?? '']))].filter(
    (s): s is EuMemberState => s !== undefined && (EU_MEMBER_STATES as readonly string[]).includes(s),
  );
  // Two or more places in one text ("EU (processing); United States (parent company)") say different
  // things about different roles: which of them the hop falls under is the user's call, not ours.
  const places = new Set([...codes, ...(states.length > 0 ? ['eu'] : [])]);
  if (places.size !== 1) return [];
  const out: HopJurisdiction[] = [];
  if (codes.includes('eu') || states.length > 0) {
    if (states.length === 1 && states[0]) out.push({ code: 'eu', memberState: states[0] });
    else out.push({ code: 'eu' });
  }
  for (const code of codes) if (code !== 'eu') out.push({ code });
  return out;
}

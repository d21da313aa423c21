/**
 * Provider names: one key per upstream provider however it is written, so "Example Labs, Inc." and
 * "example labs" are the same entry across the library. No provider names are bundled here as facts;
 * only the generic legal forms that companies add to their names.
 */

/** Legal forms dropped from the end of a name, as the words left once punctuation is gone. */
const LEGAL_SUFFIXES: readonly (readonly string[])[] = [
  // "and Co." before "Co.", so the conjunction goes with it ("&" is punctuation and already gone).
  ['and', 'co'],
  ['and', 'company'],
  ['inc'],
  ['incorporated'],
  ['ltd'],
  ['limited'],
  ['llc'],
  ['l', 'l', 'c'],
  ['llp'],
  ['lp'],
  ['gmbh'],
  ['ag'],
  ['kg'],
  ['sa'],
  ['s', 'a'],
  ['sas'],
  ['s', 'a', 's'],
  ['sarl'],
  ['srl'],
  ['spa'],
  ['s', 'p', 'a'],
  ['bv'],
  ['b', 'v'],
  ['nv'],
  ['n', 'v'],
  ['plc'],
  ['corp'],
  ['corporation'],
  ['co'],
  ['company'],
  ['kk'],
  ['k', 'k'],
  ['pty'],
  ['oy'],
  ['ab'],
  ['se'],
];

/** The words of a name: decomposed, accents and case folded, anything but letters and digits a separator. */
function words(name: string): string[] {
  const split = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  // Upper then lower case folds as a case-insensitive comparison would: "ß" and "SS" alike, "ς" as "σ".
  const folded = split(name.normalize('NFKD').toUpperCase().toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''));
  // A few letters decompose to nothing but a mark; such a name keeps its letters as written, lower-cased.
  return folded.length > 0 ? folded : split(name.toLowerCase());
}

/** The length of the legal form at the end of `ws`, or 0 when it ends with none (or is nothing else). */
function suffixLength(ws: readonly string[]): number {
  for (const suffix of LEGAL_SUFFIXES) {
    if (suffix.length >= ws.length) continue;
    const tail = ws.slice(ws.length - suffix.length);
    if (tail.every((w, i) => w === suffix[i])) return suffix.length;
  }
  return 0;
}

/**
 * The key a provider's name is compared by: case, accents, punctuation, spacing and trailing legal forms
 * ("Inc.", "Ltd", "GmbH", "S.A.", "Pty Ltd"...) folded away. A name that is nothing but a legal form
 * keeps it, so a non-empty name with letters never has an empty key.
 */
export function providerKey(name: string): string {
  const ws = words(name);
  for (let n = suffixLength(ws); n > 0; n = suffixLength(ws)) ws.splice(ws.length - n, n);
  return ws.join(' ');
}

/** Confirmed aliases: the key of a name the user wrote, to the canonical name they confirmed it is. */
export type ProviderAliases = Readonly<Record<string, string>>;

/**
 * The canonical name for `name` among the names already used: the known name with the same key, else
 * the name a confirmed alias points to, else undefined (a provider not seen before).
 */
export function resolveProvider(name: string, known: readonly string[], aliases: ProviderAliases = {}): string | undefined {
  const key = providerKey(name);
  if (key === '') return undefined;
  const same = known.find((k) => providerKey(k) === key);
  if (same !== undefined) return same;
  return Object.hasOwn(aliases, key) ? aliases[key] : undefined;
}

/** Edit distance between two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * A known name that `name` is probably another way of writing, for the picker to ask "Same as ...?":
 * the same key, the same letters without spaces ("ExampleLabs"), or a slip of one or two letters in a
 * name of five letters or more. Undefined when nothing is close or the name is already written exactly so.
 */
export function similarProvider(name: string, known: readonly string[]): string | undefined {
  const key = providerKey(name);
  if (key === '' || known.includes(name.trim())) return undefined;
  const compact = key.replace(/ /g, '');
  let best: { name: string; d: number } | undefined;
  for (const k of known) {
    const other = providerKey(k);
    if (other === key) return k;
    const otherCompact = other.replace(/ /g, '');
    const d = otherCompact === compact ? 0 : distance(compact, otherCompact);
    const slack = Math.min(compact.length, otherCompact.length) >= 5 ? 2 : 0;
    if (d <= slack && (!best || d < best.d)) best = { name: k, d };
  }
  return best?.name;
}

/** The distinct names among `names`, one per key, in first-seen order and as first written. */
export function distinctProviderNames(names: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const n of names) {
    const key = providerKey(n);
    if (key !== '' && !byKey.has(key)) byKey.set(key, n.trim());
  }
  return [...byKey.values()];
}

/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace,
 * `undefined` members dropped. The integrity digest of a .fineprint payload is taken over this text.
 * Native JSON.stringify with a key-sorting replacer is several times faster than a hand-written walk.
 */
export function canonicalJson(value: unknown): string {
  const out = JSON.stringify(value, sortKeys);
  if (out === undefined) throw new TypeError(`cannot serialise a ${typeof value}`);
  return out;
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  // A null-prototype object, so a key such as "__proto__" stays an ordinary key.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(source).sort()) sorted[key] = source[key];
  return sorted;
}

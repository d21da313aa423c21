/** Reads a number as a person types it, with a comma or a point as the decimal mark: undefined when blank, NaN when not a number. */
export function readDecimal(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  return t === '' ? undefined : Number(t);
}

/** Pads a table cell to a width, for human-readable CLI output. */
export function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

/** Formats a 0-100 score with one decimal, right-aligned in five characters. */
export function score(n: number): string {
  return n.toFixed(1).padStart(5);
}

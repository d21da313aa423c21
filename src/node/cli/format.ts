/** Pads a table cell to a width, for human-readable CLI output. */
export function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

/** Formats a 0-100 score with one decimal, right-aligned in five characters. */
export function score(n: number): string {
  return n.toFixed(1).padStart(5);
}

// Characters that change how a terminal shows the rest of the line: C0 and C1 controls (but tab and
// line feed), bidirectional overrides, embeddings and isolates (the "Trojan Source" trick), line and
// paragraph separators.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * A line as the terminal should show it: every character that could reorder or hide text is written
 * as a visible `\uXXXX` escape (which, inside JSON output, is the same character).
 */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

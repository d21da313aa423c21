/** A fresh identifier for a note, evidence item, hop or condition (lower-case, as the schema's `Id` wants). */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The current time as the ISO timestamp stored in assessments. */
export function nowIso(): string {
  return new Date().toISOString();
}

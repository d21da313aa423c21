import { z } from 'zod';
import { RESERVED_KEYS, isReservedKey } from './json-input';

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string is unfit to store, or undefined when it is fine. */
export function textProblem(value: string): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'contains a broken Unicode character (a lone surrogate)';
  const m = CONTROL.exec(value);
  if (m) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `contains a control character (U+${code})`;
  }
  return undefined;
}

declare global {
  interface String {
    /** ES2024: false when the string holds a lone surrogate (Node 20+, Chromium 111+). */
    isWellFormed?(): boolean;
  }
}

// The fast path runs on every string of every file: one native check and one regex test.
const isCleanText = (value: string): boolean =>
  !CONTROL.test(value) && (value.isWellFormed ? value.isWellFormed() : !LONE_SURROGATE.test(value));

/** A stored string: well-formed Unicode, no control characters but tab and line breaks, bounded. */
export function text(max: number) {
  return z
    .string()
    .max(max)
    .refine(isCleanText, { error: (issue) => textProblem(String(issue.input)) ?? 'contains characters FinePrint cannot store' });
}

/** A short label such as a title or a name. */
export const ShortText = text(300);
/** A sentence or paragraph of help or recommendation. */
export const LongText = text(4000);
/** A user's note: generous, but bounded so a file cannot carry megabytes in one field. */
export const NoteText = text(20000);

/** Stable identifier used in templates and files: lower-case words joined by dots, hyphens or underscores. */
export const Id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, ".", "-" or "_", starting with a letter or digit')
  // Ids become object keys in saved files (answers by check id, the profile by triage id).
  .refine((id) => !isReservedKey(id), {
    error: (issue) => `"${String(issue.input)}" is a name FinePrint reserves (${[...RESERVED_KEYS].join(', ')}); choose another id`,
  });
export type Id = z.infer<typeof Id>;

/** An ISO 8601 calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();
/** An ISO 8601 timestamp in UTC or with an offset. */
export const IsoDateTime = z.iso.datetime({ offset: true });

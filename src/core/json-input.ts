import { findJsonSyntaxError } from './json-syntax';
import { WHOLE_FILE, pathToLocation, type Problem, type Result } from './problems';

/** Largest document FinePrint reads; larger ones are refused before they are parsed. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
/** Deepest nesting of arrays and objects accepted; real documents stay far below it. */
export const MAX_DEPTH = 64;
/**
 * Object keys the reader refuses, because code that merges objects by key can be steered through them.
 * The one list: ids (src/core/text.ts) refuse the same names, so nothing FinePrint writes is refused here.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Whether the JSON reader refuses this object key. */
export const isReservedKey = (key: string): boolean => RESERVED_KEYS.has(key);

const fail = (message: string, location = WHOLE_FILE): Result<never> => ({ ok: false, problems: [{ location, message }] });

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Decodes bytes as UTF-8 JSON text, refusing other encodings and binary data with a clear reason. */
export function decodeUtf8Text(bytes: Uint8Array, maxBytes = MAX_DOCUMENT_BYTES): Result<string> {
  if (bytes.length > maxBytes) return fail(`is too large (${mb(bytes.length)}; the limit is ${mb(maxBytes)})`);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return fail('is encoded as UTF-16; FinePrint reads UTF-8 files');
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul !== -1) {
    const evenZeros = body.length >= 4 && (body[1] === 0 || body[0] === 0) && (body[3] === 0 || body[2] === 0);
    return fail(
      evenZeros
        ? 'looks like UTF-16 text without a byte-order mark; FinePrint reads UTF-8 files'
        : 'is a binary file, not a FinePrint text document',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return fail('is not valid UTF-8 text');
  }
  if (text.trim() === '') return fail('is empty');
  return { ok: true, value: text, warnings: [] };
}

function lineColumn(text: string, position: number): string {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return `line ${line}, column ${position - lastBreak}`;
}

/** Index of the quote that closes a string opened before `from`, or -1: a quote after an even run of backslashes. */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q !== -1; q = text.indexOf('"', q + 1)) {
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return q;
  }
  return -1;
}

/**
 * Finds nesting deeper than `maxDepth` without recursion, so hostile input cannot exhaust the stack.
 * String contents, most of a note-heavy file, are skipped with a native search.
 */
function tooDeep(text: string, maxDepth: number): number {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = closingQuote(text, i + 1);
      if (end === -1) return -1; // an unterminated string: JSON.parse reports it
      i = end;
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

interface KeyHit {
  path: (string | number)[];
  key: string;
}

/** Finds a prototype-polluting key without building a path per node; the path is rebuilt only for a hit. */
function forbiddenKey(root: unknown): KeyHit | undefined {
  const stack: unknown[] = [root];
  let found: unknown;
  let foundKey = '';
  while (stack.length > 0 && found === undefined) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const v of value) if (v !== null && typeof v === 'object') stack.push(v);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) {
        found = value;
        foundKey = key;
        break;
      }
      const v = (value as Record<string, unknown>)[key];
      if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
  if (found === undefined) return undefined;
  return { path: pathTo(root, found) ?? [], key: foundKey };
}

function pathTo(root: unknown, target: unknown): (string | number)[] | undefined {
  if (root === target) return [];
  if (root === null || typeof root !== 'object') return undefined;
  const entries: [string | number, unknown][] = Array.isArray(root) ? root.map((v, i) => [i, v]) : Object.entries(root);
  for (const [k, v] of entries) {
    const sub = pathTo(v, target);
    if (sub) return [k, ...sub];
  }
  return undefined;
}

/** Parses JSON text with a depth limit and no prototype-polluting keys; errors say where. */
export function parseJsonText(text: string, maxDepth = MAX_DEPTH): Result<unknown> {
  const deep = tooDeep(text, maxDepth);
  if (deep !== -1) return fail(`is nested too deeply (more than ${maxDepth} levels)`, lineColumn(text, deep));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxError(text);
    if (problem.position >= text.length) return fail(`is not valid JSON: ${problem.reason}`);
    return fail(`is not valid JSON: ${problem.reason}`, lineColumn(text, problem.position));
  }
  // Walk the value only when a forbidden key could be there: spelled out, or hidden behind a \u escape
  // (which FinePrint's own files never contain).
  const suspicious = text.includes('\\u') || [...RESERVED_KEYS].some((key) => text.includes(key));
  const bad = suspicious ? forbiddenKey(value) : undefined;
  if (bad) return fail(`has the forbidden key "${bad.key}"`, pathToLocation(bad.path));
  return { ok: true, value, warnings: [] };
}

/**
 * The reader's refusals, checked on JSON text this app wrote with JSON.stringify (no whitespace after
 * a colon, no \\u escapes of letters): too deep, or a reserved key. Cheaper than parsing it again,
 * and exact for such text, since a quote inside a string value is always escaped.
 */
export function writtenJsonProblem(text: string, maxDepth = MAX_DEPTH): Problem | undefined {
  const deep = tooDeep(text, maxDepth);
  if (deep !== -1) return { location: lineColumn(text, deep), message: `is nested too deeply (more than ${maxDepth} levels)` };
  for (const key of RESERVED_KEYS) {
    const needle = `"${key}":`;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      let slashes = 0;
      while (text.charCodeAt(at - 1 - slashes) === 92) slashes++;
      // An escaped quote (odd backslashes) is inside a string, not the start of a key.
      if (slashes % 2 === 0) return { location: WHOLE_FILE, message: `has the forbidden key "${key}"` };
    }
  }
  return undefined;
}

/** Bytes to a parsed JSON value, with every check above; never throws. */
export function parseJsonBytes(bytes: Uint8Array, maxBytes = MAX_DOCUMENT_BYTES): Result<unknown> {
  const text = decodeUtf8Text(bytes, maxBytes);
  if (!text.ok) return text;
  return parseJsonText(text.value);
}

export type { Problem };

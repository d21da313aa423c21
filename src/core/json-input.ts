import { findJsonSyntaxError } from './json-syntax';
import { WHOLE_FILE, type Problem, type Result } from './problems';

/** Largest document FinePrint reads; larger ones are refused before they are parsed. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
/** Deepest nesting of arrays and objects accepted; real documents stay far below it. */
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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

/** Finds nesting deeper than `maxDepth` without recursion, so hostile input cannot exhaust the stack. */
function tooDeep(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

function forbiddenKey(root: unknown): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: WHOLE_FILE }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `${path}: has the forbidden key "${key}"`;
      stack.push({ value: (value as Record<string, unknown>)[key], path: `${path}.${key}` });
    }
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
  const bad = forbiddenKey(value);
  if (bad) {
    const idx = bad.indexOf(': ');
    return fail(bad.slice(idx + 2), bad.slice(0, idx));
  }
  return { ok: true, value, warnings: [] };
}

/** Bytes to a parsed JSON value, with every check above; never throws. */
export function parseJsonBytes(bytes: Uint8Array, maxBytes = MAX_DOCUMENT_BYTES): Result<unknown> {
  const text = decodeUtf8Text(bytes, maxBytes);
  if (!text.ok) return text;
  return parseJsonText(text.value);
}

export type { Problem };

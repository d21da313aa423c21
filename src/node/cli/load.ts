import { basename, resolve } from 'node:path';
import { decodeFineprint, type DecodedFile } from '../../core/file-format';
import { parseJsonBytes } from '../../core/json-input';
import type { Problem } from '../../core/problems';
import { decodeTemplate } from '../../core/template-file';
import type { Template } from '../../core/template-schema';
import { readDocumentBytes } from '../read-document';
import { EXIT, type CliIo, type ExitCode } from './io';

/** A loaded input, or the exit code and lines already printed for it. */
export type Loaded<T> = { ok: true; value: T; warnings: string[] } | { ok: false; code: ExitCode };

/** Prints problems as `<file>: <location>: <message>`, one per line, on stdout. */
export function printProblems(io: CliIo, file: string, problems: readonly Problem[]): void {
  for (const p of problems) io.stdout(`${file}: ${p.location}: ${oneLine(p.message)}`);
}

/** Prints warnings on stderr. */
export function printWarnings(io: CliIo, file: string, warnings: readonly string[]): void {
  for (const w of warnings) io.stderr(`${file}: warning: ${oneLine(w)}`);
}

// Hostile files can put line breaks and terminal escapes into messages; keep each problem on one safe line.
function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}

async function loadBytes(io: CliIo, file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; code: ExitCode }> {
  const read = await readDocumentBytes(resolve(io.cwd, file));
  if (read.ok) return read;
  printProblems(io, file, [{ location: '$', message: read.message }]);
  return { ok: false, code: read.kind === 'too-large' ? EXIT.invalid : EXIT.usage };
}

/** Reads and decodes a .fineprint file, printing problems and warnings. */
export async function loadAssessment(io: CliIo, file: string): Promise<Loaded<DecodedFile>> {
  const read = await loadBytes(io, file);
  if (!read.ok) return read;
  const decoded = decodeFineprint(read.bytes);
  if (!decoded.ok) {
    printProblems(io, file, decoded.problems);
    return { ok: false, code: EXIT.invalid };
  }
  printWarnings(io, file, decoded.warnings);
  return decoded;
}

/** Reads and validates a template JSON file, printing problems. */
export async function loadTemplate(io: CliIo, file: string): Promise<Loaded<Template>> {
  const read = await loadBytes(io, file);
  if (!read.ok) return read;
  const decoded = decodeTemplate(read.bytes);
  if (!decoded.ok) {
    printProblems(io, file, decoded.problems);
    return { ok: false, code: EXIT.invalid };
  }
  return decoded;
}

/** Whether a file is an assessment (by extension, else by its `format` field) rather than a template. */
export async function looksLikeAssessment(io: CliIo, file: string): Promise<boolean> {
  const name = basename(file).toLowerCase();
  if (name.endsWith('.fineprint')) return true;
  if (name.endsWith('.json')) return false;
  const read = await readDocumentBytes(resolve(io.cwd, file));
  if (!read.ok) return false;
  const json = parseJsonBytes(read.bytes);
  return json.ok && typeof json.value === 'object' && json.value !== null && 'format' in json.value;
}

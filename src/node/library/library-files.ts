import { join } from 'node:path';
import { assessmentProblems, type Assessment } from '../../core/assessment-schema';
import { encodeEnvelope, FORMAT_ID, integrityMatches } from '../../core/file-format';
import { decodeUtf8Text, MAX_DOCUMENT_BYTES, parseJsonText, writtenJsonProblem } from '../../core/json-input';
import { CURRENT_FORMAT_VERSION, migratePayload } from '../../core/migrations';
import { issuesToProblems, WHOLE_FILE, type Result } from '../../core/problems';
import { fromStored, isResolved, StoredAssessment } from '../../core/stored-assessment';
import type { Template } from '../../core/template-schema';

/** The folders of a library inside the app's data folder. */
export interface LibraryPaths {
  root: string;
  assessments: string;
  templates: string;
  trash: string;
  quarantine: string;
}

/** Where a library keeps its files. */
export function libraryPaths(dataDir: string): LibraryPaths {
  const root = join(dataDir, 'library');
  return {
    root,
    assessments: join(root, 'assessments'),
    templates: join(root, 'templates'),
    trash: join(root, 'trash'),
    quarantine: join(root, 'unreadable'),
  };
}

/** File name of an assessment in the library. */
export const assessmentFileName = (id: string): string => `${id}.fineprint`;
/** File name of a template snapshot, from its digest. */
export const templateFileName = (digest: string): string => `${digest.replace('sha256:', '')}.json`;

/** Serialises a library entry: the .fineprint envelope around an assessment whose template is a reference. */
export function encodeLibraryEntry(stored: StoredAssessment, savedAt: Date): string {
  return encodeEnvelope(stored, savedAt);
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Serialises a library entry and reads it back the way the next start will, so a save never writes a
 * file the reader refuses: one over the size limit, or one that does not decode. Returns the bytes to
 * write, or why they cannot be written.
 *
 * `json` checks only what the JSON reader refuses (size, nesting, reserved keys): the autosave
 * path, whose assessment the IPC contract has already validated with the same schema the reader uses
 * (reserved-ids.property.test.ts shows the schema never accepts what the reader refuses). `full`
 * decodes the entry completely, for everything else.
 */
export function encodeCheckedEntry(
  stored: StoredAssessment,
  template: Template | ((digest: string) => Template | undefined),
  savedAt: Date,
  check: 'full' | 'json' = 'full',
  maxBytes = MAX_DOCUMENT_BYTES,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'unreadable'; message: string } {
  const text = encodeLibraryEntry(stored, savedAt);
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > maxBytes)
    return {
      ok: false,
      reason: 'too-large',
      message: `it would be ${mb(bytes.length)}, over the ${mb(maxBytes)} FinePrint can read back. Shorten or remove long notes, then it saves again`,
    };
  const templateFor = typeof template === 'function' ? template : () => template;
  const back = check === 'full' ? decodeLibraryEntry(bytes, templateFor, maxBytes) : undefined;
  const problem = back
    ? back.ok
      ? undefined
      : (back.problems[0] ?? { location: WHOLE_FILE, message: 'unknown problem' })
    : writtenJsonProblem(text);
  if (problem)
    return { ok: false, reason: 'unreadable', message: `FinePrint could not read it back (${problem.location}: ${problem.message})` };
  return { ok: true, bytes };
}

/** The integrity digest written in a library entry's header, read without parsing the file. */
export function entryIntegrity(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder().decode(bytes.subarray(0, 512));
  return /"integrity":\s*"(sha256:[0-9a-f]{64})"/.exec(head)?.[1];
}

/** Decodes a library entry's bytes, resolving its template reference. Never throws. */
export function decodeLibraryEntry(
  bytes: Uint8Array,
  templateFor: (digest: string) => Template | undefined,
  maxBytes = MAX_DOCUMENT_BYTES,
): Result<{ stored: StoredAssessment; assessment: Assessment }> {
  const text = decodeUtf8Text(bytes, maxBytes);
  if (!text.ok) return text;
  const json = parseJsonText(text.value);
  if (!json.ok) return json;
  const env = json.value as { format?: unknown; formatVersion?: unknown; integrity?: unknown; payload?: unknown } | null;
  const version = env?.formatVersion;
  if (
    env === null ||
    typeof env !== 'object' ||
    env.format !== FORMAT_ID ||
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    version > CURRENT_FORMAT_VERSION
  )
    return { ok: false, problems: [{ location: WHOLE_FILE, message: 'is not a library entry of this FinePrint version' }] };
  if (typeof env.integrity !== 'string' || !integrityMatches(text.value, env.payload, env.integrity))
    return {
      ok: false,
      problems: [{ location: '$.integrity', message: 'does not match the content: the file is damaged or was changed outside FinePrint' }],
    };
  // An entry an earlier FinePrint wrote is read forward as it stands; the next save writes it anew.
  let payload: unknown = env.payload;
  if (version < CURRENT_FORMAT_VERSION) {
    try {
      payload = migratePayload(env.payload, version, new Date(0).toISOString());
    } catch (error) {
      return { ok: false, problems: [{ location: '$.payload', message: `could not be upgraded: ${(error as Error).message}` }] };
    }
  }
  const parsed = StoredAssessment.safeParse(payload);
  if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.error.issues, '$.payload') };
  const template = templateFor(parsed.data.template.$ref);
  if (!template)
    return {
      ok: false,
      problems: [{ location: '$.payload.template', message: 'refers to a template snapshot the library does not have' }],
    };
  const assessment = fromStored(parsed.data, template, templateFor);
  if (!isResolved(assessment)) {
    const at = parsed.data.rounds.findIndex((r) => r.template.$ref === assessment.missing);
    return {
      ok: false,
      problems: [{ location: `$.payload.rounds[${at}].template`, message: 'refers to a template snapshot the library does not have' }],
    };
  }
  const semantic = assessmentProblems(assessment);
  if (semantic.length > 0) return { ok: false, problems: issuesToProblems(semantic, '$.payload') };
  return { ok: true, value: { stored: parsed.data, assessment }, warnings: [] };
}

import { z } from 'zod';
import { Assessment, assessmentProblems } from './assessment-schema';
import { canonicalJson } from './canonical-json';
import { payloadDigest, sha256Hex } from './digest';
import { decodeUtf8Text, parseJsonText } from './json-input';
import { CURRENT_FORMAT_VERSION, migratePayload } from './migrations';
import { WHOLE_FILE, issuesToProblems, type Problem, type Result } from './problems';
import { IsoDateTime } from './text';
import { APP_LABEL } from './version';

/** The `format` value of every .fineprint document. */
export const FORMAT_ID = 'fineprint/assessment';
/** File name extension of shared assessments. */
export const FILE_EXTENSION = '.fineprint';

/** The envelope around a payload, as the current version writes it. */
export const Envelope = z.strictObject({
  format: z.literal(FORMAT_ID),
  formatVersion: z.number().int().min(0),
  app: z.string().min(1).max(100),
  savedAt: IsoDateTime,
  integrity: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 lower-case hex digits'),
  payload: z.unknown(),
});

/** The whole .fineprint document: envelope and assessment. Used to generate its JSON Schema. */
export const FineprintDocument = Envelope.extend({ formatVersion: z.literal(CURRENT_FORMAT_VERSION), payload: Assessment });
export type FineprintDocument = z.infer<typeof FineprintDocument>;

/** A decoded file: the assessment plus what the envelope said about it. */
export interface DecodedFile {
  assessment: Assessment;
  app: string;
  savedAt: string;
  formatVersion: number;
  /** False when the payload no longer matches its digest (changed outside FinePrint), or had none. */
  integrityOk: boolean;
  integrity: string;
}

const PAYLOAD_MARKER = '\n  "payload": ';

/**
 * Writes the envelope around a payload. The envelope is indented for people; the payload is written
 * in its canonical form on one line, so the text that was hashed is exactly the text in the file and
 * a reader can check the digest without re-serialising (see `integrityMatches`).
 */
export function encodeEnvelope(payload: unknown, savedAt: Date): string {
  const body = canonicalJson(payload);
  const integrity = `sha256:${sha256Hex(body)}`;
  return `{\n  "format": "${FORMAT_ID}",\n  "formatVersion": ${CURRENT_FORMAT_VERSION},\n  "app": ${JSON.stringify(APP_LABEL)},\n  "savedAt": "${savedAt.toISOString()}",\n  "integrity": "${integrity}",${PAYLOAD_MARKER}${body}\n}\n`;
}

/**
 * Whether a payload matches its digest. Fast path: the file as FinePrint writes it, where the payload
 * is its own canonical text on the last line but one. Otherwise (an editor re-indented the file, say)
 * the payload is serialised canonically and hashed, so formatting alone never counts as a change.
 */
export function integrityMatches(text: string | undefined, payload: unknown, integrity: string): boolean {
  if (text !== undefined) {
    const at = text.indexOf(PAYLOAD_MARKER);
    const trimmed = text.trimEnd();
    if (at !== -1 && text.indexOf(PAYLOAD_MARKER, at + 1) === -1 && trimmed.endsWith('\n}')) {
      const raw = trimmed.slice(at + PAYLOAD_MARKER.length, -2);
      if (!raw.includes('\n') && `sha256:${sha256Hex(raw)}` === integrity) return true;
    }
  }
  return payloadDigest(payload) === integrity;
}

/** Serialises an assessment as a .fineprint document (UTF-8 JSON text). */
export function encodeFineprint(assessment: Assessment, savedAt: Date = new Date()): string {
  return encodeEnvelope(assessment, savedAt);
}

const neededVersion = (app: unknown) =>
  typeof app === 'string' && /^FinePrint \d+\.\d+\.\d+/.test(app) ? app.slice(10).split(' ')[0] : undefined;

/** Checks a parsed value is a .fineprint document, migrates it and validates the assessment. Never throws. */
export function decodeFineprintValue(value: unknown, text?: string): Result<DecodedFile> {
  const fail = (problems: Problem[]): Result<DecodedFile> => ({ ok: false, problems });
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail([{ location: WHOLE_FILE, message: 'is not a FinePrint assessment (expected a JSON object)' }]);
  const loose = value as Partial<Record<'format' | 'formatVersion' | 'app' | 'savedAt' | 'integrity' | 'payload', unknown>>;
  if (loose.format !== FORMAT_ID)
    return fail([{ location: '$.format', message: `is not a FinePrint assessment (expected "format": "${FORMAT_ID}")` }]);
  const version = loose.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return fail([{ location: '$.formatVersion', message: 'must be a whole number' }]);
  if (version > CURRENT_FORMAT_VERSION) {
    const needed = neededVersion(loose.app);
    return fail([
      {
        location: '$.formatVersion',
        message: `uses file format version ${version}, newer than this FinePrint (${APP_LABEL}) reads (up to ${CURRENT_FORMAT_VERSION}); ${
          needed ? `it was saved by FinePrint ${needed}: update to FinePrint ${needed} or later to open it` : 'update FinePrint to open it'
        }`,
      },
    ]);
  }
  // Version 0 had no digest; every later version writes one.
  const envelope = version === 0 ? Envelope.omit({ integrity: true }).safeParse(value) : Envelope.safeParse(value);
  if (!envelope.success) return fail(issuesToProblems(envelope.error.issues, WHOLE_FILE));
  const warnings: string[] = [];
  let integrityOk = false;
  let integrity = '';
  if (typeof loose.integrity === 'string') {
    integrity = loose.integrity;
    integrityOk = integrityMatches(text, loose.payload, loose.integrity);
    if (!integrityOk) warnings.push('its integrity digest does not match its content: the file was changed outside FinePrint');
  } else {
    warnings.push(`it was saved in format version ${version}, which had no integrity digest`);
  }
  const savedAt = envelope.data.savedAt;
  let migrated: unknown;
  try {
    migrated = migratePayload(loose.payload, version, savedAt);
  } catch (error) {
    return fail([{ location: '$.payload', message: `could not be upgraded from format version ${version}: ${(error as Error).message}` }]);
  }
  const parsed = Assessment.safeParse(migrated);
  if (!parsed.success) return fail(issuesToProblems(parsed.error.issues, '$.payload'));
  const semantic = assessmentProblems(parsed.data);
  if (semantic.length > 0) return fail(issuesToProblems(semantic, '$.payload'));
  if (version < CURRENT_FORMAT_VERSION) warnings.push(`it was upgraded from format version ${version}`);
  return {
    ok: true,
    value: { assessment: parsed.data, app: envelope.data.app, savedAt, formatVersion: version, integrityOk, integrity },
    warnings,
  };
}

/** Decodes the bytes of a .fineprint file: size, encoding, JSON, envelope, migration, schema. Never throws. */
export function decodeFineprint(bytes: Uint8Array): Result<DecodedFile> {
  try {
    const text = decodeUtf8Text(bytes);
    if (!text.ok) return text;
    const json = parseJsonText(text.value);
    if (!json.ok) return json;
    return decodeFineprintValue(json.value, text.value);
  } catch (error) {
    // A bug, not bad input; still, no stack trace reaches the user.
    return { ok: false, problems: [{ location: WHOLE_FILE, message: `could not be read (${(error as Error).message})` }] };
  }
}

import { join } from 'node:path';
import { assessmentProblems, type Assessment } from '../../core/assessment-schema';
import { encodeEnvelope, FORMAT_ID, integrityMatches } from '../../core/file-format';
import { decodeUtf8Text, parseJsonText } from '../../core/json-input';
import { CURRENT_FORMAT_VERSION } from '../../core/migrations';
import { issuesToProblems, WHOLE_FILE, type Result } from '../../core/problems';
import { fromStored, StoredAssessment } from '../../core/stored-assessment';
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

/** Decodes a library entry's bytes, resolving its template reference. Never throws. */
export function decodeLibraryEntry(
  bytes: Uint8Array,
  templateFor: (digest: string) => Template | undefined,
): Result<{ stored: StoredAssessment; assessment: Assessment }> {
  const text = decodeUtf8Text(bytes);
  if (!text.ok) return text;
  const json = parseJsonText(text.value);
  if (!json.ok) return json;
  const env = json.value as { format?: unknown; formatVersion?: unknown; integrity?: unknown; payload?: unknown } | null;
  if (env === null || typeof env !== 'object' || env.format !== FORMAT_ID || env.formatVersion !== CURRENT_FORMAT_VERSION)
    return { ok: false, problems: [{ location: WHOLE_FILE, message: 'is not a library entry of this FinePrint version' }] };
  if (typeof env.integrity !== 'string' || !integrityMatches(text.value, env.payload, env.integrity))
    return {
      ok: false,
      problems: [{ location: '$.integrity', message: 'does not match the content: the file is damaged or was changed outside FinePrint' }],
    };
  const parsed = StoredAssessment.safeParse(env.payload);
  if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.error.issues, '$.payload') };
  const template = templateFor(parsed.data.template.$ref);
  if (!template)
    return {
      ok: false,
      problems: [{ location: '$.payload.template', message: 'refers to a template snapshot the library does not have' }],
    };
  const assessment = fromStored(parsed.data, template);
  const semantic = assessmentProblems(assessment);
  if (semantic.length > 0) return { ok: false, problems: issuesToProblems(semantic, '$.payload') };
  return { ok: true, value: { stored: parsed.data, assessment }, warnings: [] };
}

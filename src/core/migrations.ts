/**
 * Forward migrations of the .fineprint payload. `MIGRATIONS[v]` turns a version-v payload into a
 * version v+1 payload. Each step is pure, takes untrusted JSON, and leaves validation to the schema.
 */
import { jurisdictionsFromProse } from './jurisdiction-prose';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 0 (pre-release builds) kept vendor and service beside the profile, answered with
 * `choice` ("<option>", "unknown" or "n/a") and held notes as plain strings.
 */
function v0ToV1(payload: unknown, savedAt: string): unknown {
  if (!isObject(payload)) return payload;
  const { vendor, service, profile, answers, ...rest } = payload;
  const nextAnswers: Json = {};
  if (isObject(answers)) {
    for (const [checkId, old] of Object.entries(answers)) {
      if (!isObject(old)) {
        nextAnswers[checkId] = old;
        continue;
      }
      const { choice, reason, notes, ...other } = old;
      const response =
        choice === undefined
          ? undefined
          : choice === 'unknown'
            ? { kind: 'unknown' }
            : choice === 'n/a'
              ? { kind: 'not-applicable', reason: typeof reason === 'string' ? reason : '' }
              : { kind: 'option', option: choice };
      const nextNotes = Array.isArray(notes)
        ? notes.map((n: unknown, i) =>
            typeof n === 'string' ? { id: `note-${i + 1}`, text: n, visibility: 'shared', createdAt: savedAt } : n,
          )
        : notes;
      nextAnswers[checkId] = { ...other, ...(response ? { response } : {}), ...(nextNotes !== undefined ? { notes: nextNotes } : {}) };
    }
  }
  return {
    ...rest,
    profile: { ...(isObject(profile) ? profile : {}), vendor, service },
    answers: isObject(answers) ? nextAnswers : answers,
  };
}

/**
 * Version 1 wrote each history entry as an English sentence (`summary`). Version 2 records typed events;
 * a version-1 summary becomes a `note` event with the same text, so nothing is lost.
 */
function v1ToV2(payload: unknown): unknown {
  if (!isObject(payload) || !Array.isArray(payload.history)) return payload;
  const history = payload.history.map((entry: unknown) => {
    if (!isObject(entry) || 'event' in entry || typeof entry.summary !== 'string') return entry;
    const { summary, ...rest } = entry;
    return { ...rest, event: { kind: 'note', text: summary } };
  });
  return { ...payload, history };
}

/**
 * Formats 1 and 2 kept each data-path hop's jurisdiction as free text. From format 3 a hop records structured
 * jurisdictions: the text is mapped where it is unambiguous, otherwise left empty (unknown) for the
 * user to set, and kept as `jurisdictionNote` either way.
 */
function hopJurisdictionsToData(payload: unknown): unknown {
  if (!isObject(payload) || !Array.isArray(payload['dataPath'])) return payload;
  return {
    ...payload,
    dataPath: payload['dataPath'].map((hop: unknown) => {
      if (!isObject(hop)) return hop;
      const { jurisdiction, ...rest } = hop;
      if (typeof jurisdiction !== 'string') return hop;
      let jurisdictions = jurisdictionsFromProse(jurisdiction);
      // A blank jurisdiction fell back to the region in format 1, when the region named a place.
      if (jurisdiction.trim() === '' && typeof rest['region'] === 'string') jurisdictions = jurisdictionsFromProse(rest['region']);
      return { ...rest, jurisdictions, jurisdictionNote: jurisdiction };
    }),
  };
}

/**
 * Format 4 adds rounds: the payload's top level is the current round, numbered, with earlier rounds
 * under `rounds`. A file of format 3 or earlier holds a single assessment, which becomes round 1 with no
 * earlier rounds. Providers, review dates and evidence expiry are new and optional, so nothing else moves.
 */
function singleAssessmentToRounds(payload: unknown): unknown {
  if (!isObject(payload)) return payload;
  return { ...payload, round: payload['round'] ?? 1, rounds: payload['rounds'] ?? [] };
}

/** Current version of the .fineprint format. */
export const CURRENT_FORMAT_VERSION = 4;

const MIGRATIONS: readonly ((payload: unknown, savedAt: string) => unknown)[] = [
  v0ToV1,
  v1ToV2,
  hopJurisdictionsToData,
  singleAssessmentToRounds,
];

/** Migrates a payload from `fromVersion` to the current version. */
export function migratePayload(payload: unknown, fromVersion: number, savedAt: string): unknown {
  let out = payload;
  for (let v = fromVersion; v < CURRENT_FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from format version ${v}`);
    out = step(out, savedAt);
  }
  return out;
}

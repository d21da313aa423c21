import type {
  Answer,
  Assessment,
  DataPathHop,
  Decision,
  Evidence,
  Note,
  Profile,
  ProfileValue,
  Response,
} from '../../../src/core/assessment-schema';
import { withDecision } from '../../../src/core/history';
import { markVerified, unmarkVerified } from '../../../src/core/provenance';
import { confirmedAnswer } from '../../../src/core/rounds';
import { nowIso } from './ids';

// Pure edits of an assessment: each returns a new assessment and leaves the one given untouched,
// so the store can tell by identity what changed and the engine re-runs only when answers do.

const emptyAnswer = (): Answer => ({ notes: [], evidence: [] });

/** Changes one check's answer record. */
export function editAnswer(a: Assessment, checkId: string, edit: (answer: Answer) => Answer): Assessment {
  const answer = edit(a.answers[checkId] ?? emptyAnswer());
  return { ...a, answers: { ...a.answers, [checkId]: { ...answer, updatedAt: nowIso() } } };
}

/** Confirms an answer a new round carried forward, as it stands ("to re-confirm" no more). */
export function confirmAnswer(a: Assessment, checkId: string): Assessment {
  const answer = a.answers[checkId];
  if (answer?.reconfirm === undefined) return a;
  return editAnswer(a, checkId, confirmedAnswer);
}

/** Sets (or clears, with undefined) how a check is answered; a changed answer is the buyer's own from then on, and confirmed. */
export function setResponse(a: Assessment, checkId: string, response: Response | undefined): Assessment {
  return editAnswer(a, checkId, (answer) => {
    const next: Answer = confirmedAnswer({ ...answer });
    if (response) next.response = response;
    else delete next.response;
    // The vendor stated (or the assessor verified) the earlier answer, not this one.
    if (JSON.stringify(answer.response) !== JSON.stringify(response)) delete next.provenance;
    return next;
  });
}

/** Marks a vendor's answer as verified by the assessor against evidence, or takes the verification off again. */
export function setVerified(a: Assessment, checkId: string, verified: boolean, at = nowIso()): Assessment {
  return editAnswer(a, checkId, (answer) => (verified ? markVerified(answer, at) : unmarkVerified(answer)));
}

/** Toggles one option of a multi-choice check. */
export function toggleOption(a: Assessment, checkId: string, optionId: string): Assessment {
  const r = a.answers[checkId]?.response;
  const chosen = r?.kind === 'options' ? r.options : r?.kind === 'option' ? [r.option] : [];
  const options = chosen.includes(optionId) ? chosen.filter((o) => o !== optionId) : [...chosen, optionId];
  return setResponse(a, checkId, options.length > 0 ? { kind: 'options', options } : undefined);
}

/** Sets (or clears) the figure, date or text a check captures; changing it also confirms the answer. */
export function setCaptureValue(a: Assessment, checkId: string, value: number | string | undefined): Assessment {
  return editAnswer(a, checkId, (answer) => {
    const next: Answer = confirmedAnswer({ ...answer });
    if (value === undefined) delete next.value;
    else next.value = value;
    return next;
  });
}

/** Adds a note to a check. */
export function addNote(a: Assessment, checkId: string, note: Note): Assessment {
  return editAnswer(a, checkId, (answer) => ({ ...answer, notes: [...answer.notes, note] }));
}

/** Removes a note from a check. */
export function removeNote(a: Assessment, checkId: string, noteId: string): Assessment {
  return editAnswer(a, checkId, (answer) => ({ ...answer, notes: answer.notes.filter((n) => n.id !== noteId) }));
}

/** Changes a note's text, recording when (its visibility and first date stay). */
export function editNote(a: Assessment, checkId: string, noteId: string, text: string, at = nowIso()): Assessment {
  return editAnswer(a, checkId, (answer) => ({
    ...answer,
    notes: answer.notes.map((n) => (n.id === noteId && n.text !== text ? { ...n, text, editedAt: at } : n)),
  }));
}

/** Replaces an evidence item with its edited version, recording when. */
export function editEvidence(a: Assessment, checkId: string, evidence: Evidence, at = nowIso()): Assessment {
  return editAnswer(a, checkId, (answer) => ({
    ...answer,
    evidence: answer.evidence.map((e) => (e.id === evidence.id ? { ...evidence, editedAt: at } : e)),
  }));
}

/** Adds an evidence item to a check. */
export function addEvidence(a: Assessment, checkId: string, evidence: Evidence): Assessment {
  return editAnswer(a, checkId, (answer) => ({ ...answer, evidence: [...answer.evidence, evidence] }));
}

/** Removes an evidence item from a check. */
export function removeEvidence(a: Assessment, checkId: string, evidenceId: string): Assessment {
  return editAnswer(a, checkId, (answer) => ({ ...answer, evidence: answer.evidence.filter((e) => e.id !== evidenceId) }));
}

/** Sets (or clears) one triage answer of the profile. */
export function setProfileValue(a: Assessment, questionId: string, value: ProfileValue | undefined): Assessment {
  return { ...a, profile: withProfileValue(a.profile, questionId, value) };
}

/** A profile with one triage answer set or cleared. */
export function withProfileValue(profile: Profile, questionId: string, value: ProfileValue | undefined): Profile {
  if (value === undefined && questionId !== 'vendor' && questionId !== 'service') {
    return Object.fromEntries(Object.entries(profile).filter(([k]) => k !== questionId)) as Profile;
  }
  return { ...profile, [questionId]: value ?? '' };
}

/**
 * Changes the decision; the assessment's history records what a board would want traced (a new
 * outcome, each sign-off that became complete), as typed events built by the core.
 */
export function editDecision(a: Assessment, edit: (decision: Decision) => Decision, by = '', at = nowIso()): Assessment {
  return withDecision(a, edit(a.decision), by, at);
}

/** Replaces one hop of the data path. */
export function editHop(a: Assessment, hopId: string, edit: (hop: DataPathHop) => DataPathHop): Assessment {
  return { ...a, dataPath: a.dataPath.map((h) => (h.id === hopId ? edit(h) : h)) };
}

/** Moves a hop one place earlier (-1) or later (+1). */
export function moveHop(a: Assessment, hopId: string, by: -1 | 1): Assessment {
  const from = a.dataPath.findIndex((h) => h.id === hopId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= a.dataPath.length) return a;
  const dataPath = [...a.dataPath];
  const [hop] = dataPath.splice(from, 1);
  if (hop) dataPath.splice(to, 0, hop);
  return { ...a, dataPath };
}

/** A copy of an object with an optional text field set, or removed when the value is empty. */
export function withOptionalText<T extends object, K extends keyof T & string>(item: T, key: K, value: string): T {
  if (value !== '') return { ...item, [key]: value };
  return Object.fromEntries(Object.entries(item).filter(([k]) => k !== key)) as T;
}

import { z } from 'zod';
import type { Assessment, Decision } from './assessment-schema';
import { DecisionOutcome } from './decision-outcome';
import { Rating } from './risk';
import { Id, IsoDate, IsoDateTime, LongText, ShortText } from './text';

// Each kind of event a board may want traced. A later feature adds its own kind here (a strict object
// with a literal `kind`), then words it in the window (renderer/src/i18n) and the report
// (src/core/report/format.ts): both wordings are typed over every kind, so a new one cannot be forgotten.

/** The assessment was started from a checklist template. */
const Created = z.strictObject({
  kind: z.literal('created'),
  template: z.strictObject({ id: Id, title: ShortText, version: ShortText }),
});

/** A shared file was imported next to an assessment with the same id, as a copy with a new id. */
const ImportedAsCopy = z.strictObject({ kind: z.literal('imported-as-copy'), of: z.uuid() });

/** The decision's outcome changed; the rationale is the one written when it changed. */
const DecisionChanged = z.strictObject({
  kind: z.literal('decision-changed'),
  from: DecisionOutcome,
  to: DecisionOutcome,
  rationale: LongText.optional(),
});

/** A role's sign-off became complete: a name and a date. */
const SignOffCompleted = z.strictObject({ kind: z.literal('sign-off-completed'), role: ShortText, name: ShortText, date: IsoDate });

/** An approval recorded on a service rated high or critical, confirmed with the rationale for accepting it. */
const RatingAccepted = z.strictObject({
  kind: z.literal('rating-accepted'),
  rating: Rating,
  provisional: z.boolean(),
  outcome: DecisionOutcome,
  rationale: LongText.min(1),
});

/** A copy a sync tool or a person left in the library folder was found and listed as its own assessment. */
const SyncCopyFound = z.strictObject({ kind: z.literal('sync-copy-found'), of: z.uuid(), fileName: ShortText });

/** Another writer changed the file while it was edited here: this version was kept as a separate copy. */
const KeptAsConflictCopy = z.strictObject({ kind: z.literal('kept-as-conflict-copy'), of: z.uuid() });

/** The assessment moved to a newer version of its template; counts of answers kept, checks added, answers flagged. */
const TemplateUpgraded = z.strictObject({
  kind: z.literal('template-upgraded'),
  template: Id,
  from: ShortText,
  to: ShortText,
  kept: z.number().int().min(0),
  added: z.number().int().min(0),
  flagged: z.number().int().min(0),
  /** Answers of checks the new version no longer has, kept in the assessment's `retired` list. */
  retired: z.number().int().min(0),
});

/** Answers the vendor returned in a questionnaire workbook were reviewed: how many were accepted, how many turned down. */
const VendorAnswersImported = z.strictObject({
  kind: z.literal('vendor-answers-imported'),
  fileName: ShortText.min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  accepted: z.number().int().min(0),
  rejected: z.number().int().min(0),
});

/** A re-assessment round started: round `from` closed and round `to` opened, on these template versions. */
const RoundStarted = z.strictObject({
  kind: z.literal('round-started'),
  from: z.number().int().min(1),
  to: z.number().int().min(1),
  /** The template version the closed round was answered under. */
  templateFrom: ShortText,
  /** The template version the new round starts on (newer when the round moved to a newer checklist). */
  templateTo: ShortText,
  /** Answers carried forward to re-confirm. */
  carried: z.number().int().min(0),
});

/** Free text written by a person, and every summary carried over from a format-version-1 file. */
const NoteEvent = z.strictObject({ kind: z.literal('note'), text: LongText.min(1) });

/** What happened, as a code and its data; never UI-language text but for a person's own note. */
export const HistoryEvent = z.discriminatedUnion('kind', [
  Created,
  ImportedAsCopy,
  SyncCopyFound,
  KeptAsConflictCopy,
  DecisionChanged,
  RatingAccepted,
  SignOffCompleted,
  TemplateUpgraded,
  VendorAnswersImported,
  RoundStarted,
  NoteEvent,
]);
export type HistoryEvent = z.infer<typeof HistoryEvent>;
/** The kinds of history event. */
export type HistoryEventKind = HistoryEvent['kind'];
/** The event of one kind. */
export type HistoryEventOf<K extends HistoryEventKind> = Extract<HistoryEvent, { kind: K }>;
/** A wording of every kind of history event: the window and the report each supply one. */
export type HistoryWording = { [K in HistoryEventKind]: (event: HistoryEventOf<K>) => string };

/** One entry of the assessment's history: when, by whom (empty when unknown), and what happened. */
export const HistoryEntry = z.strictObject({
  at: IsoDateTime,
  by: ShortText.default(''),
  event: HistoryEvent,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** Words a history event with the given wording. */
export function wordHistoryEvent(event: HistoryEvent, wording: HistoryWording): string {
  // The map is typed per kind; TypeScript cannot correlate the lookup with the argument, hence the widening.
  const word = wording[event.kind] as (e: HistoryEvent) => string;
  return word(event);
}

const isComplete = (s: Decision['signOffs'][number] | undefined): s is Decision['signOffs'][number] & { date: string } =>
  s !== undefined && s.name.trim() !== '' && s.date !== undefined;

/** The events a change of decision leaves: a new outcome, and each sign-off that became complete. */
export function decisionEvents(before: Decision, after: Decision): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  if (after.outcome !== before.outcome) {
    const rationale = after.rationale.trim();
    events.push({ kind: 'decision-changed', from: before.outcome, to: after.outcome, ...(rationale ? { rationale } : {}) });
  }
  after.signOffs.forEach((s, i) => {
    if (isComplete(s) && !isComplete(before.signOffs[i]))
      events.push({ kind: 'sign-off-completed', role: s.role, name: s.name.trim(), date: s.date });
  });
  return events;
}

/** The assessment with a new decision, its history extended by what the change means. */
export function withDecision(a: Assessment, decision: Decision, by: string, at: string): Assessment {
  const events = decisionEvents(a.decision, decision);
  const history = events.length === 0 ? a.history : [...a.history, ...events.map((event) => ({ at, by, event }))];
  return { ...a, decision, history };
}

import { z } from 'zod';
import { DecisionOutcome } from './decision-outcome';
import { HistoryEntry } from './history';
import { HopJurisdiction } from './jurisdiction';
import { isReservedKey } from './json-input';
import { Template } from './template-schema';
import { Id, IsoDate, IsoDateTime, LongText, NoteText, ShortText } from './text';

/** A value given to a triage question. */
export const ProfileValue = z.union([LongText, z.array(Id).max(60), z.number(), z.boolean()]);
export type ProfileValue = z.infer<typeof ProfileValue>;

/** The triage answers; `vendor` and `service` are always present as names. */
export const Profile = z
  .object({ vendor: ShortText, service: ShortText })
  .catchall(ProfileValue)
  // The keys are triage ids; refuse the names the JSON reader refuses, as Id does.
  .refine((profile) => !Object.keys(profile).some(isReservedKey), { error: 'has a question id that FinePrint reserves' });
export type Profile = z.infer<typeof Profile>;

/** How a check was answered: an option, several options, unknown, or not applicable (with a reason). */
export const Response = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('option'), option: Id }),
  z.strictObject({ kind: z.literal('options'), options: z.array(Id).min(1).max(20) }),
  z.strictObject({ kind: z.literal('unknown') }),
  z.strictObject({ kind: z.literal('not-applicable'), reason: LongText.default('') }),
]);
export type Response = z.infer<typeof Response>;

/** A note on a check: shared notes travel with exports and reports, internal ones only when asked. */
export const Note = z.strictObject({
  id: Id,
  text: NoteText,
  visibility: z.enum(['shared', 'internal']),
  createdAt: IsoDateTime,
  /** When the note was last changed after it was written (optional: absent on notes never edited). */
  editedAt: IsoDateTime.optional(),
});
export type Note = z.infer<typeof Note>;

/** A piece of vendor evidence behind an answer: a document or link, the clause, when it was seen. */
export const Evidence = z.strictObject({
  id: Id,
  title: ShortText.min(1),
  link: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  document: ShortText.optional(),
  clause: ShortText.optional(),
  seenOn: IsoDate.optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits')
    .optional(),
  /** When the item was last changed after it was added (optional: absent on items never edited). */
  editedAt: IsoDateTime.optional(),
  /** The last day the document can be relied on (a certificate's expiry, a report's period end); optional. */
  validUntil: IsoDate.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

const vendorStatement = {
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  fileName: ShortText.min(1),
  receivedAt: IsoDateTime,
};

/** Which returned workbook a vendor's statement came from: its SHA-256, file name and when it was received. */
export const VendorStatement = z.strictObject(vendorStatement);
export type VendorStatement = z.infer<typeof VendorStatement>;

/**
 * Where an answer came from: stated by the vendor in a returned questionnaire workbook (which one, by
 * its SHA-256, file name and the time it was received), or verified by the assessor against evidence.
 * Absent for an answer the buyer typed in.
 */
export const Provenance = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('vendor-workbook'), ...vendorStatement }),
  z.strictObject({
    source: z.literal('assessor-verified'),
    at: IsoDateTime,
    /** The vendor's statement the assessor verified, kept so un-marking restores it (optional). */
    vendor: VendorStatement.optional(),
  }),
]);
export type Provenance = z.infer<typeof Provenance>;

/** Everything recorded against one check. */
export const Answer = z.strictObject({
  response: Response.optional(),
  /** The figure, date or text the check's `capture` asks for. */
  value: z.union([z.number(), LongText]).optional(),
  notes: z.array(Note).max(500).default([]),
  evidence: z.array(Evidence).max(500).default([]),
  updatedAt: IsoDateTime.optional(),
  /** Where the answer came from; absent (the default) when the buyer typed it in. */
  provenance: Provenance.optional(),
  /**
   * Set on every answer a new round carried forward from the round before, until the assessor confirms
   * or changes it ("to re-confirm"). Absent (the default) on answers given in this round.
   */
  reconfirm: z.literal(true).optional(),
});
export type Answer = z.infer<typeof Answer>;

/** Evidence that the buyer has switched a hop off by policy (an admin setting, a signed order form). */
export const HopPolicy = z.strictObject({
  evidence: LongText.min(1),
});
export type HopPolicy = z.infer<typeof HopPolicy>;

/** One step of the data path: who handles the data, where, under which laws, what kinds, for how long. */
export const DataPathHop = z.strictObject({
  id: Id,
  component: ShortText.min(1),
  operator: ShortText,
  /** Free text for people, such as "EU West (Dublin)"; never read by the engine. */
  region: ShortText.default(''),
  /** The jurisdictions the hop falls under, chosen in the editor; empty means unknown. */
  jurisdictions: z.array(HopJurisdiction).max(12).default([]),
  /** What a file of format 1 said about the jurisdiction in words, kept for the user to check. */
  jurisdictionNote: ShortText.default(''),
  dataKinds: z.array(ShortText).max(50).default([]),
  retention: ShortText.default(''),
  /** Set when the buyer has switched this hop off: it then neither scores nor opens a question. */
  offByPolicy: HopPolicy.optional(),
});
export type DataPathHop = z.infer<typeof DataPathHop>;
export type DataPathHopInput = z.input<typeof DataPathHop>;

/** A condition attached to an "approve with conditions" decision. */
export const DecisionCondition = z.strictObject({
  id: Id,
  text: LongText.min(1),
  owner: ShortText.default(''),
  due: IsoDate.optional(),
});
export type DecisionCondition = z.infer<typeof DecisionCondition>;

/** A sign-off by a role such as security, legal or procurement. */
export const SignOff = z.strictObject({
  role: ShortText.min(1),
  name: ShortText.default(''),
  date: IsoDate.optional(),
  /** What the role decided (optional: a sign-off recorded before outcomes were asked for has none). */
  outcome: z.enum(['approve', 'reject']).optional(),
  /** Why, in the role's words (optional). */
  comment: LongText.optional(),
});
export type SignOff = z.infer<typeof SignOff>;

/** The buyer's decision on the service. */
export const Decision = z.strictObject({
  outcome: DecisionOutcome.default('pending'),
  rationale: LongText.default(''),
  conditions: z.array(DecisionCondition).max(200).default([]),
  signOffs: z.array(SignOff).max(50).default([]),
});
export type Decision = z.infer<typeof Decision>;

/**
 * What a template upgrade took off an answer, kept so nothing is lost: the whole answer of a check the
 * new template no longer has, or the response (or captured value) whose option (or kind) it no longer has.
 */
export const RetiredAnswer = z.strictObject({
  checkId: Id,
  /** `check-removed`: the check is gone; `answer-cleared`: the check stays, this part of its answer did not fit. */
  reason: z.enum(['check-removed', 'answer-cleared']),
  /** The template version the answer was given under. */
  templateVersion: ShortText,
  /** The check's prompt in that version, so the answer can still be read. */
  prompt: LongText,
  /** The labels of the options chosen, in that version. */
  optionLabels: z.array(ShortText).max(20).default([]),
  response: Response.optional(),
  value: z.union([z.number(), LongText]).optional(),
  notes: z.array(Note).max(500).default([]),
  evidence: z.array(Evidence).max(500).default([]),
  retiredAt: IsoDateTime,
});
export type RetiredAnswer = z.infer<typeof RetiredAnswer>;

/** The part an upstream provider plays behind the service. */
export const PROVIDER_ROLES = ['model-maker', 'cloud', 'subprocessor'] as const;
export const ProviderRole = z.enum(PROVIDER_ROLES);
export type ProviderRole = z.infer<typeof ProviderRole>;

/**
 * An upstream provider behind the service, recorded as data: a model maker (per model or feature), a
 * hosting cloud (with its regions), or another key subprocessor. `name` is the name as the buyer
 * confirmed it in the library's provider picker, so the same provider is one entry across assessments.
 */
export const Provider = z.strictObject({
  id: Id,
  name: ShortText.min(1),
  role: ProviderRole,
  /** What it provides here: the model or feature for a model maker, the regions for a cloud, the service for a subprocessor. */
  scope: ShortText.default(''),
  /** Where it processes the data for this service; empty means not recorded. */
  jurisdictions: z.array(HopJurisdiction).max(12).default([]),
});
export type Provider = z.infer<typeof Provider>;
export type ProviderInput = z.input<typeof Provider>;

/** What one round of an assessment records: everything but the file's identity, history and earlier rounds. */
const roundFields = {
  /** The round's number: 1 for the first assessment, N+1 for each re-assessment. */
  round: z.number().int().min(1).max(1000).default(1),
  template: Template,
  profile: Profile,
  answers: z.record(Id, Answer),
  dataPath: z.array(DataPathHop).max(100).default([]),
  /** The upstream providers behind the service (format 4; empty when none are recorded). */
  providers: z.array(Provider).max(100).default([]),
  decision: Decision.default({ outcome: 'pending', rationale: '', conditions: [], signOffs: [] }),
  /** When the service is next due for review (format 4; optional). */
  nextReviewOn: IsoDate.optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /**
   * Answers (or parts of them) a template upgrade could not carry over. Optional and absent until an
   * upgrade retires something.
   */
  retired: z.array(RetiredAnswer).max(5000).optional(),
};

/** An earlier round, kept read-only inside the file when a new round starts. */
export const PastRound = z.strictObject({
  ...roundFields,
  /** When the next round was started, which closed this one. */
  closedAt: IsoDateTime,
});
export type PastRound = z.infer<typeof PastRound>;

/**
 * The assessment document: what a .fineprint file carries as its payload. The current round's fields
 * sit at the top level; earlier rounds, oldest first, sit under `rounds` (format 4).
 */
export const Assessment = z.strictObject({
  id: z.uuid(),
  ...roundFields,
  history: z.array(HistoryEntry).max(10000).default([]),
  /** Earlier rounds, oldest first (format 4; empty until a second round starts). */
  rounds: z.array(PastRound).max(50).default([]),
});
export type Assessment = z.infer<typeof Assessment>;
export type AssessmentInput = z.input<typeof Assessment>;

/** Answers that name checks or options the embedded template does not have. */
export function assessmentProblems(a: Pick<Assessment, 'template' | 'answers'>): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const checks = new Map(a.template.checks.map((c) => [c.id, c]));
  for (const [checkId, answer] of Object.entries(a.answers)) {
    const check = checks.get(checkId);
    if (!check) {
      problems.push({ path: ['answers', checkId], message: `answers check "${checkId}", which the template does not have` });
      continue;
    }
    const r = answer.response;
    const chosen = r?.kind === 'option' ? [r.option] : r?.kind === 'options' ? r.options : [];
    if (r?.kind === 'options' && check.select !== 'multi')
      problems.push({ path: ['answers', checkId, 'response'], message: 'several options chosen for a single-choice check' });
    for (const o of chosen) {
      if (!check.options.some((x) => x.id === o))
        problems.push({ path: ['answers', checkId, 'response'], message: `option "${o}" is not one of the check's options` });
    }
  }
  return problems;
}

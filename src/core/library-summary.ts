import { z } from 'zod';
import { jurisdictionLabel } from './advice';
import { ProviderRole, type Assessment } from './assessment-schema';
import { DecisionOutcome } from './decision-outcome';
import { evaluate } from './engine/evaluate';
import { compareTiers, optionTier } from './engine/inherent';
import { visibleTriage } from './engine/visibility';
import { Rating } from './risk';
import { IsoDate, IsoDateTime } from './text';

/**
 * What the library screen shows for one assessment, derived from it (and cached in the library index).
 * Every field is required: an index written before a field existed fails to parse and is rebuilt from
 * the files, so a cached summary never shows a default in place of what the file says.
 */
export const LibrarySummary = z.strictObject({
  id: z.uuid(),
  service: z.string(),
  vendor: z.string(),
  templateId: z.string(),
  templateTitle: z.string(),
  templateVersion: z.string(),
  /** Null while nothing is known ("not rated yet"). */
  score: z.number().nullable(),
  rating: Rating.nullable(),
  provisional: z.boolean(),
  openQuestions: z.number().int(),
  blockingQuestions: z.number().int(),
  knockouts: z.number().int(),
  findings: z.number().int(),
  decision: DecisionOutcome,
  answered: z.number().int(),
  visible: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** The current round's number (1 until the service is re-assessed). */
  round: z.number().int().min(1),
  /** The upstream providers of the current round, as named in the assessment. */
  providers: z.array(z.strictObject({ name: z.string(), role: ProviderRole, scope: z.string() })),
  /** When the service is next due for review; null when no date is set. */
  nextReviewOn: IsoDate.nullable(),
  /** The earliest valid-until date among the current round's evidence; null when none has one. */
  evidenceExpiresOn: IsoDate.nullable(),
  /** Whether the triage says users will put personal or regulated data in (a data class of high tier or above). */
  sensitiveData: z.boolean(),
  /** The data classes the triage chose, as the template labels them ("Personal data"). */
  dataClasses: z.array(z.string()),
  /** Who uses the service, in the triage's words ("500-5,000 people: Finance"); empty when not said. */
  users: z.string(),
  /** Where the data path's hops and the providers process data, in words ("EU/EEA (Germany)", "US"). */
  jurisdictions: z.array(z.string()),
});
export type LibrarySummary = z.infer<typeof LibrarySummary>;

/** Summarises an assessment for the library list. */
export function summarize(a: Assessment): LibrarySummary {
  const e = evaluate(a);
  return {
    id: a.id,
    service: a.profile.service,
    vendor: a.profile.vendor,
    templateId: a.template.id,
    templateTitle: a.template.title,
    templateVersion: a.template.version,
    score: e.overall.score,
    rating: e.overall.rating,
    provisional: e.overall.provisional,
    openQuestions: e.overall.openQuestions,
    blockingQuestions: e.overall.blockingQuestions,
    knockouts: e.knockouts.length,
    findings: e.findings.length,
    decision: a.decision.outcome,
    answered: e.progress.answered,
    visible: e.progress.visible,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    round: a.round,
    providers: a.providers.map(({ name, role, scope }) => ({ name, role, scope })),
    nextReviewOn: a.nextReviewOn ?? null,
    evidenceExpiresOn: earliestEvidenceExpiry(a),
    ...dataAndUsers(a),
    jurisdictions: processingJurisdictions(a),
  };
}

// The triage questions the default checklist asks about data classes and users. A custom template
// without them simply yields no data classes and no users.
const DATA_QUESTION = 'data';
const USERS_QUESTION = 'users';
const USER_GROUPS_QUESTION = 'user-groups';

/** The data classes and users the (visible) triage records, and whether any data class is sensitive. */
function dataAndUsers(a: Assessment): Pick<LibrarySummary, 'sensitiveData' | 'dataClasses' | 'users'> {
  const visible = new Map(visibleTriage(a.template, a.profile).map((q) => [q.id, q]));
  const chosen = (id: string) => {
    const q = visible.get(id);
    const value = a.profile[id];
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    return (q?.options ?? []).filter((o) => ids.includes(o.id));
  };
  const classes = chosen(DATA_QUESTION);
  const groups = visible.has(USER_GROUPS_QUESTION) ? a.profile[USER_GROUPS_QUESTION] : undefined;
  const users = [chosen(USERS_QUESTION)[0]?.label, typeof groups === 'string' ? groups.trim() : undefined].filter(Boolean).join(': ');
  return {
    sensitiveData: classes.some((o) => compareTiers(optionTier(o), 'high') >= 0),
    // The class without its examples in brackets: "Other regulated data", not the whole list.
    dataClasses: classes.map((o) => o.label.replace(/\s*\([^)]*\)\s*$/, '') || o.label),
    users,
  };
}

/** The distinct jurisdictions of the data path's hops (those not switched off) and of the providers, in words. */
function processingJurisdictions(a: Assessment): string[] {
  const labels = new Set<string>();
  for (const hop of a.dataPath) if (!hop.offByPolicy) for (const j of hop.jurisdictions) labels.add(jurisdictionLabel(j));
  for (const p of a.providers) for (const j of p.jurisdictions) labels.add(jurisdictionLabel(j));
  return [...labels].sort((x, y) => x.localeCompare(y));
}

/** The earliest valid-until date among the evidence of the current round's answers, or null. */
function earliestEvidenceExpiry(a: Assessment): string | null {
  let earliest: string | null = null;
  for (const answer of Object.values(a.answers))
    for (const item of answer.evidence)
      if (item.validUntil && (earliest === null || item.validUntil < earliest)) earliest = item.validUntil;
  return earliest;
}

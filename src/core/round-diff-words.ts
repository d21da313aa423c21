import { jurisdictionLabel } from './advice';
import type { DataPathHop, ProviderRole } from './assessment-schema';
import { OUTCOME_LABEL } from './decision-outcome';
import { formatDate, formatFigure, formatScore } from './report/format';
import type { AnswerState, HopField, RoundDiff } from './round-diff';
import { RISK_LABEL } from './wording';

// The diff between two rounds in plain words, for readers of the report, the CLI and the window alike:
// short titles and labels, never check ids. The report's font has no arrows, hence "was …, now …".

/** One part of the changes, with a heading and a line per change. */
export interface DiffSection {
  /** A stable key for the part (for tests and screen landmarks). */
  key: 'rating' | 'answers' | 'figures' | 'evidence' | 'data-path' | 'providers' | 'decision';
  heading: string;
  lines: string[];
}

/** How the diff names a provider's role. */
export const PROVIDER_ROLE_WORDS: Readonly<Record<ProviderRole, string>> = {
  'model-maker': 'model maker',
  cloud: 'cloud',
  subprocessor: 'subprocessor',
};

const HOP_FIELD_WORDS: Readonly<Record<HopField, string>> = {
  component: 'component',
  operator: 'operator',
  region: 'region',
  jurisdictions: 'jurisdictions',
  dataKinds: 'kinds of data',
  retention: 'retention',
  offByPolicy: 'switched off by policy',
};

const quote = (s: string) => `“${s}”`;

/** An answer as a reader sees it: the chosen labels, "unknown", "not applicable" or "not answered". */
export function answerStateWords(s: AnswerState): string {
  if (s.kind === 'unanswered') return 'not answered';
  if (s.kind === 'unknown') return 'unknown';
  if (s.kind === 'not-applicable') return s.reason.trim() ? `not applicable (${s.reason.trim()})` : 'not applicable';
  return s.labels.map(quote).join(', ');
}

const ratingText = (rating: RoundDiff['from']['rating'], provisional: boolean) =>
  rating === null ? 'not rated yet' : `${RISK_LABEL[rating]}${provisional ? ' (provisional)' : ''}`;

const hopName = (h: DataPathHop) => `${h.component}${h.operator.trim() ? ` (${h.operator.trim()})` : ''}`;

function hopValue(h: DataPathHop, f: HopField): string {
  if (f === 'jurisdictions') return h.jurisdictions.length > 0 ? h.jurisdictions.map(jurisdictionLabel).join(', ') : 'unknown';
  if (f === 'dataKinds') return h.dataKinds.length > 0 ? h.dataKinds.join(', ') : 'none recorded';
  if (f === 'offByPolicy') return h.offByPolicy ? 'yes' : 'no';
  return h[f].trim() || 'none recorded';
}

/** The diff as sections of plain sentences; empty sections are left out. */
export function diffSections(d: RoundDiff): DiffSection[] {
  const sections: DiffSection[] = [];
  const add = (key: DiffSection['key'], heading: string, lines: string[]) => {
    if (lines.length > 0) sections.push({ key, heading, lines });
  };

  const rating: string[] = [];
  if (d.rating)
    rating.push(
      `Rating: was ${ratingText(d.rating.from, d.rating.fromProvisional)}, now ${ratingText(d.rating.to, d.rating.toProvisional)}.`,
    );
  if (d.score)
    rating.push(
      `Score: was ${d.score.from === null ? 'none' : formatScore(d.score.from)}, now ${d.score.to === null ? 'none' : formatScore(d.score.to)} out of 100.`,
    );
  if (d.from.templateVersion !== d.to.templateVersion)
    rating.push(`Checklist: was version ${d.from.templateVersion}, now version ${d.to.templateVersion}.`);
  add('rating', 'Rating and score', rating);

  add(
    'answers',
    'Answers',
    d.answers.map((a) => `${a.title} (${a.area}): was ${answerStateWords(a.before)}, now ${answerStateWords(a.after)}.`),
  );
  add(
    'figures',
    'Figures',
    d.figures.map((f) => {
      const side = (v: number | string | undefined) => (v === undefined ? 'none recorded' : formatFigure(v, f.capture));
      return `${f.title} (${f.area}): was ${side(f.before)}, now ${side(f.after)}.`;
    }),
  );
  add(
    'evidence',
    'Evidence',
    d.evidence.map((e) => {
      const what = `${quote(e.evidence.title)} for ${e.title}`;
      if (e.change === 'added') return `Added: ${what}.`;
      if (e.change === 'removed') return `Removed: ${what}.`;
      return `Expired${e.evidence.validUntil ? ` (valid until ${formatDate(e.evidence.validUntil)})` : ''}: ${what}.`;
    }),
  );
  add(
    'data-path',
    'Data path',
    d.hops.map((h) => {
      if (h.change === 'added') return `Added: ${hopName(h.hop)}${h.hop.region.trim() ? `, ${h.hop.region.trim()}` : ''}.`;
      if (h.change === 'removed') return `Removed: ${hopName(h.hop)}.`;
      const parts = h.fields.map((f) => `${HOP_FIELD_WORDS[f]} was ${hopValue(h.before, f)}, now ${hopValue(h.hop, f)}`);
      return `Changed: ${hopName(h.before)}: ${parts.join('; ')}.`;
    }),
  );
  add(
    'providers',
    'Providers',
    d.providers.map((p) => {
      const scope = p.provider.scope.trim() ? `, ${p.provider.scope.trim()}` : '';
      return `${p.change === 'added' ? 'Added' : 'Removed'}: ${p.provider.name} (${PROVIDER_ROLE_WORDS[p.provider.role]}${scope}).`;
    }),
  );
  const decision: string[] = [];
  if (d.decision) decision.push(`Decision: was ${OUTCOME_LABEL[d.decision.from]}, now ${OUTCOME_LABEL[d.decision.to]}.`);
  for (const c of d.conditions) {
    if (c.change === 'added') decision.push(`Condition added: ${c.condition.text}`);
    else if (c.change === 'removed') decision.push(`Condition removed: ${c.condition.text}`);
    else if (c.before.text !== c.condition.text)
      decision.push(`Condition changed: was ${quote(c.before.text)}, now ${quote(c.condition.text)}.`);
    else decision.push(`Condition ${quote(c.condition.text)}: owner or due date changed.`);
  }
  add('decision', 'Decision', decision);
  return sections;
}

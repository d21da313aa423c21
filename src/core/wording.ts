// The words for the engine's codes, in one catalogue that the window and the report share, so a
// rating reads the same on screen and on paper. The engine itself returns only codes and data.
import { hopOutsideAdvice, jurisdictionList } from './advice';
import type { Evaluation, Finding, RatingDriver } from './engine/evaluate';
import type { Rating, RiskLevel } from './risk';
import type { Template, Tier } from './template-schema';

/** Display names of the risk levels and ratings. */
export const RISK_LABEL: Readonly<Record<RiskLevel, string>> = {
  none: 'None',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Display names of the inherent-risk tiers. */
export const TIER_LABEL: Readonly<Record<Tier, string>> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  'very-high': 'Very high',
};

/** The first sentence of a text, at most `max` characters, for one-line summaries. */
export function firstSentence(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])(?=\s+["“(]?[A-Z0-9])/.exec(flat);
  const sentence = m?.[1] ?? flat;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}

/** The rating in words, with "provisional" said in words, or "Not rated yet" while nothing is known. */
export function ratingWords(rating: Rating | null, provisional: boolean): string {
  if (rating === null) return 'Not rated yet';
  return provisional ? `${RISK_LABEL[rating]} (provisional)` : RISK_LABEL[rating];
}

/** "12 open questions, 2 blocking" — the second figure that always stands beside the rating. */
export function openQuestionWords(open: number, blocking: number): string {
  const q = `${open} open question${open === 1 ? '' : 's'}`;
  return blocking > 0 ? `${q}, ${blocking} blocking` : q;
}

/** A text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`;
}

/** The check a finding or question is about, by its question (never its id), shortened. */
export function checkTitle(template: Template, checkId: string, max = 110): string {
  const check = template.checks.find((c) => c.id === checkId);
  return check ? shorten(check.prompt, max) : checkId;
}

/** The short name of a check ("Inference region in the contract"): its `shortTitle`, else its id. */
export function checkLabel(template: Template, checkId: string): string {
  return template.checks.find((c) => c.id === checkId)?.shortTitle ?? checkId;
}

/** What a finding is about, in one line. */
export function findingTitle(template: Template, f: Finding): string {
  if (f.kind === 'hop') return `Data path: ${f.component}${f.operator.trim() ? ` (${f.operator})` : ''}`;
  return checkTitle(template, f.checkId);
}

/** What was found, in one line: the chosen answer, or where the hop takes the data. */
export function findingAnswer(f: Finding): string {
  if (f.kind === 'hop') return `Runs under ${jurisdictionList(f.outsideOf)} law, outside the required ${jurisdictionList(f.required)}`;
  return f.answer;
}

/** The recommendation of a finding: the template's for a check, the shared advice for a hop. */
export function findingAdvice(f: Finding): { mitigation: string; clause: string; evidence: string } {
  if (f.kind === 'hop') return hopOutsideAdvice(f.component, f.operator, f.outsideOf, f.required);
  return {
    mitigation: f.recommendations.map((r) => r.mitigation).join('\n'),
    clause: f.recommendations.map((r) => r.clause).join('\n'),
    evidence: f.evidence,
  };
}

function driverWords(template: Template, e: Evaluation, d: RatingDriver, areaTitle: (id: string) => string): string {
  if (d.kind === 'knockout') {
    const answers = d.checkIds.map((id) => {
      const f = e.findings.find((x) => x.kind === 'check' && x.checkId === id);
      return `${checkTitle(template, id)}${f ? ` “${findingAnswer(f)}”` : ''}`;
    });
    return `Knock-out: ${answers.join('; ')}`;
  }
  if (d.kind === 'score')
    return d.areaIds.length > 0
      ? `The score across the answers, driven by ${d.areaIds.map(areaTitle).join(', ')}`
      : 'The score across the answers';
  const f = d.finding;
  return `${findingTitle(template, f)}: ${findingAnswer(f)}`;
}

/**
 * Why the rating is what it is, in a few lines: what set it (the knock-out by its question, the
 * findings at the rating's severity, or the areas that drive the score), or why there is none yet.
 */
export function ratingReasons(template: Template, e: Evaluation, max = 3): string[] {
  const o = e.overall;
  if (o.rating === null) return ['No check has a known answer yet: answer the checks or record what the vendor publishes.'];
  const areaTitle = (id: string) => e.areas.find((a) => a.id === id)?.title ?? id;
  if (o.drivers.length === 0) return ['No finding rates above low, and the score is in the low band.'];
  // A finding that fired a knock-out is already named by the knock-out.
  const knockoutChecks = new Set(o.drivers.flatMap((d) => (d.kind === 'knockout' ? d.checkIds : [])));
  const drivers = o.drivers.filter((d) => !(d.kind === 'finding' && d.finding.kind === 'check' && knockoutChecks.has(d.finding.checkId)));
  const lines = drivers.slice(0, max).map((d) => driverWords(template, e, d, areaTitle));
  if (drivers.length > max) lines.push(`and ${drivers.length - max} more at the same level`);
  return lines;
}

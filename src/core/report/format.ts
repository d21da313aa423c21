import { RISK_LABEL, firstSentence } from '../wording';
export { RISK_LABEL, firstSentence };
import { OUTCOME_LABEL } from '../decision-outcome';
import type { HistoryWording } from '../history';
import type { CheckCapture, FigureUnit } from '../template-schema';

export { OUTCOME_LABEL };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-03-04" or an ISO timestamp as "4 March 2026" (UTC), whatever the machine's locale. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A number with thousands separators and at most `decimals` decimals, locale-independent: 2,016,000. */
export function formatNumber(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n)
    .toFixed(decimals)
    .replace(/\.?0+$/, '');
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const UNIT: Readonly<Record<FigureUnit, [string, string]>> = {
  days: ['day', 'days'],
  hours: ['hour', 'hours'],
  months: ['month', 'months'],
  years: ['year', 'years'],
  percent: ['%', '%'],
  count: ['', ''],
  currency: ['(contract currency)', '(contract currency)'],
};

/** A captured figure with its unit ("30 days", "99.9 %"); dates and texts as given. */
export function formatFigure(value: number | string, capture: CheckCapture | undefined): string {
  if (typeof value === 'string') return capture?.kind === 'date' ? formatDate(value) : value;
  const n = formatNumber(value);
  if (capture?.kind !== 'number') return n;
  const [one, many] = UNIT[capture.unit];
  const unit = value === 1 ? one : many;
  return unit ? `${n} ${unit}` : n;
}

/** "ko-region-not-committed" as "Region not committed". */
export function labelFromId(id: string): string {
  const words = id
    .replace(/^ko[-_.]/, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
  return words ? words[0].toUpperCase() + words.slice(1) : id;
}

/** A score with one decimal, as the CLI and the window show it. */
export function formatScore(score: number): string {
  return score.toFixed(1);
}

/** How the report words each kind of history event. */
export const HISTORY_WORDING: HistoryWording = {
  created: (e) => `Assessment started with ${e.template.title} ${e.template.version}.`,
  'imported-as-copy': (e) => `Imported as a copy of assessment ${e.of}.`,
  'sync-copy-found': (e) => `Found in the library folder as “${e.fileName}”, a copy of assessment ${e.of}; listed as its own assessment.`,
  'kept-as-conflict-copy': (e) =>
    `Kept as a separate copy of assessment ${e.of}, which another FinePrint or a sync tool changed while it was being edited.`,
  'decision-changed': (e) =>
    `Decision changed from ${OUTCOME_LABEL[e.from]} to ${OUTCOME_LABEL[e.to]}.${e.rationale ? ` Rationale: ${e.rationale}` : ''}`,
  'sign-off-completed': (e) => `Signed off for ${labelFromId(e.role)} by ${e.name} on ${formatDate(e.date)}.`,
  'rating-accepted': (e) =>
    `${OUTCOME_LABEL[e.outcome]} although rated ${RISK_LABEL[e.rating].toLowerCase()}${e.provisional ? ' (provisional)' : ''}, confirmed with the rationale: ${e.rationale}`,
  'template-upgraded': (e) => {
    const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    return `Checklist upgraded from ${e.template} ${e.from} to ${e.to}: ${n(e.kept, 'answer')} kept, ${n(e.flagged, 'answer')} flagged for review, ${n(e.added, 'new check')} added${
      e.retired ? `, ${n(e.retired, 'answer')} of retired checks kept aside` : ''
    }.`;
  },
  'vendor-answers-imported': (e) =>
    `Vendor's answers imported from “${e.fileName}” (SHA-256 ${e.sha256}): ${e.accepted} accepted, ${e.rejected} not accepted.`,
  'round-started': (e) =>
    `Round ${e.to} started, closing round ${e.from}: ${e.carried} answer${e.carried === 1 ? '' : 's'} carried forward to re-confirm${
      e.templateTo === e.templateFrom
        ? ` on checklist version ${e.templateTo}`
        : `, checklist moved from version ${e.templateFrom} to ${e.templateTo}`
    }.`,
  note: (e) => e.text,
};

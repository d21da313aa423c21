import type { Evidence, Note, RetiredAnswer } from './assessment-schema';
import { formatDate, formatNumber } from './report/format';
import { notesToShare } from './sharing';

/** A retired answer worded for a reader: the window's review and the report's appendix show the same words. */
export interface RetiredAnswerView {
  checkId: string;
  /** The question as the earlier checklist version asked it. */
  prompt: string;
  /** The checklist version the answer was given under. */
  templateVersion: string;
  /** The answer as it was given: the chosen options' labels, "Unknown", or "Not applicable" with its reason; '' when only a value was kept. */
  answer: string;
  /** The figure, date or text recorded with it, when one was kept. */
  value?: string;
  /** Why the upgrade set it aside, in plain words. */
  why: string;
  /** The notes that may be shown (internal ones only when asked for). */
  notes: Note[];
  evidence: Evidence[];
  /** When the upgrade set it aside, as an ISO timestamp. */
  retiredAt: string;
}

/** A retired response in words, from the labels the earlier version gave its options. */
function answerWords(r: RetiredAnswer): string {
  const response = r.response;
  if (!response) return '';
  switch (response.kind) {
    case 'option':
    case 'options':
      return r.optionLabels.length > 0
        ? r.optionLabels.join('; ')
        : (response.kind === 'option' ? [response.option] : response.options).join('; ');
    case 'unknown':
      return 'Unknown';
    case 'not-applicable':
      return response.reason.trim() ? `Not applicable: ${response.reason.trim()}` : 'Not applicable';
  }
}

/** Why a template upgrade set an answer aside, in a sentence a reviewer understands without the file format. */
export function retiredAnswerWhy(r: RetiredAnswer): string {
  const v = r.templateVersion;
  if (r.reason === 'check-removed')
    return `Checklist version ${v} asked this question; the version this assessment now uses no longer does, so the answer is kept here as it was given.`;
  if (r.response)
    return `The question is still asked, but the option chosen under version ${v} is no longer offered, so it was cleared there and kept here: answer the question again.`;
  return `The question is still asked, but the figure or text recorded under version ${v} no longer fits it, so it was cleared there and kept here: record it again.`;
}

/** One piece of evidence on one line: title, document, clause, link, when it was seen, its fingerprint. */
export function evidenceLine(e: Evidence): string {
  return [
    e.title,
    e.document,
    e.clause ? `clause ${e.clause}` : undefined,
    e.link,
    e.seenOn ? `seen ${formatDate(e.seenOn)}` : undefined,
    e.sha256 ? `SHA-256 ${e.sha256}` : undefined,
  ]
    .filter((x): x is string => x !== undefined && x !== '')
    .join('; ');
}

/** The assessment's retired answers, worded, in the order the upgrades kept them; internal notes only when asked for. */
export function viewRetiredAnswers(retired: readonly RetiredAnswer[] | undefined, includeInternalNotes: boolean): RetiredAnswerView[] {
  return (retired ?? []).map((r) => {
    const view: RetiredAnswerView = {
      checkId: r.checkId,
      prompt: r.prompt,
      templateVersion: r.templateVersion,
      answer: answerWords(r),
      why: retiredAnswerWhy(r),
      notes: notesToShare(r.notes, includeInternalNotes),
      evidence: r.evidence,
      retiredAt: r.retiredAt,
    };
    if (r.value !== undefined) view.value = typeof r.value === 'number' ? formatNumber(r.value) : r.value;
    return view;
  });
}

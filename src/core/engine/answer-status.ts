import type { Answer } from '../assessment-schema';

/** How far one check is answered, as the engine counts it and the window shows it. */
export type CheckStatus = 'unanswered' | 'answered' | 'unknown' | 'na' | 'missingReason';

/** The status of one check's answer: the one rule for what counts as answered. */
export function checkStatus(answer: Answer | undefined): CheckStatus {
  const r = answer?.response;
  if (!r) return 'unanswered';
  if (r.kind === 'unknown') return 'unknown';
  if (r.kind === 'not-applicable') return r.reason.trim() === '' ? 'missingReason' : 'na';
  return 'answered';
}

/** Whether a status counts as answered in the progress figures: "not applicable" needs its reason. */
export const isAnswered = (status: CheckStatus): boolean => status !== 'unanswered' && status !== 'missingReason';

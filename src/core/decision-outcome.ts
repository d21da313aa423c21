import { z } from 'zod';

/** The buyer's possible decisions on a service: the one list every screen, report and filter derives from. */
export const DecisionOutcome = z.enum(['pending', 'approve', 'approve-with-conditions', 'reject']);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/** The decision outcomes in the order they are offered and listed. */
export const DECISION_OUTCOMES: readonly DecisionOutcome[] = DecisionOutcome.options;

/** English names of the outcomes as a state ("Approved"), shared by the window and the report. */
export const OUTCOME_LABEL: Readonly<Record<DecisionOutcome, string>> = {
  pending: 'Pending',
  approve: 'Approved',
  'approve-with-conditions': 'Approved with conditions',
  reject: 'Rejected',
};

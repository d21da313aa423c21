import { z } from 'zod';
import { Id, ShortText } from './text';

/** A scalar a condition compares a profile value or a check answer against. */
export const ConditionValue = z.union([ShortText, z.number(), z.boolean()]);
export type ConditionValue = z.infer<typeof ConditionValue>;

/**
 * A visibility rule over earlier answers and the profile. Leaves name a triage question or an
 * earlier check by id: `equals` compares a single value (for a check, the chosen option id);
 * `includes` tests a multi-choice value (or a scalar for equality).
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { question: string; equals: ConditionValue }
  | { question: string; includes: ConditionValue };

/** Zod schema of {@link Condition}; nesting is bounded by the file decoder's depth limit. */
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1).max(50) }),
    z.strictObject({ any: z.array(Condition).min(1).max(50) }),
    z.strictObject({ not: Condition }),
    z.strictObject({ question: Id, equals: ConditionValue }),
    z.strictObject({ question: Id, includes: ConditionValue }),
  ]),
);

/** A leaf of a condition: one comparison against one question. */
export type ConditionLeaf = Extract<Condition, { question: string }>;

/** The leaves of a condition, in order of appearance. */
export function conditionLeaves(condition: Condition): ConditionLeaf[] {
  if ('all' in condition) return condition.all.flatMap(conditionLeaves);
  if ('any' in condition) return condition.any.flatMap(conditionLeaves);
  if ('not' in condition) return conditionLeaves(condition.not);
  return [condition];
}

/** A value looked up by question id: a profile value or a visible check's chosen option(s). */
export type ConditionLookup = (questionId: string) => unknown;

/** Evaluates a condition; an absent value (unanswered or hidden) satisfies no leaf. */
export function evaluateCondition(condition: Condition, lookup: ConditionLookup): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, lookup));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, lookup));
  if ('not' in condition) return !evaluateCondition(condition.not, lookup);
  const value = lookup(condition.question);
  if (value === undefined || value === null) return false;
  if ('equals' in condition) return !Array.isArray(value) && value === condition.equals;
  return Array.isArray(value) ? value.includes(condition.includes) : value === condition.includes;
}

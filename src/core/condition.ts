import { z } from 'zod';
import { Id, ShortText } from './text';

/** A scalar a condition compares a profile value or a check answer against. */
export const ConditionValue = z.union([ShortText, z.number(), z.boolean()]);
export type ConditionValue = z.infer<typeof ConditionValue>;

/** All of the inner conditions hold. */
export interface AllCondition {
  all: Condition[];
}
/** At least one of the inner conditions holds. */
export interface AnyCondition {
  any: Condition[];
}
/** The inner condition does not hold. */
export interface NotCondition {
  not: Condition;
}
/** A triage answer or a check's chosen option equals a value. */
export interface EqualsCondition {
  question: string;
  equals: ConditionValue;
}
/** A multi-choice answer includes a value (a single answer equals it). */
export interface IncludesCondition {
  question: string;
  includes: ConditionValue;
}

/**
 * A visibility rule over earlier answers and the profile: a union discriminated by the key each variant
 * alone has (`all`, `any`, `not`, `equals`, `includes`), so the files keep their plain JSON shape. Leaves
 * name a triage question or an earlier check by id. Size and nesting are bounded by TEMPLATE_LIMITS.
 */
export type Condition = AllCondition | AnyCondition | NotCondition | EqualsCondition | IncludesCondition;

/** The keys of each condition variant, the first being the one that tells it apart. */
const VARIANT_KEYS = {
  all: ['all'],
  any: ['any'],
  not: ['not'],
  equals: ['equals', 'question'],
  includes: ['includes', 'question'],
} as const;

/** The variant of a condition, named by its discriminating key. */
export type ConditionKind = keyof typeof VARIANT_KEYS;

/**
 * Which variant a value (parsed, not yet validated) is: exactly one discriminating key, and exactly that
 * variant's keys. Undefined when it is none, so a misspelt condition is named where it is.
 */
export function conditionKindOf(value: unknown): ConditionKind | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const kinds = (Object.keys(VARIANT_KEYS) as ConditionKind[]).filter((k) => keys.includes(k));
  const kind = kinds.length === 1 ? kinds[0] : undefined;
  if (kind === undefined) return undefined;
  const expected: readonly string[] = VARIANT_KEYS[kind];
  return keys.length === expected.length && expected.every((k) => keys.includes(k)) ? kind : undefined;
}

/** What a condition that matches no variant is told. */
export const CONDITION_SHAPES =
  'must be one condition: {"all": [...]}, {"any": [...]}, {"not": {...}}, or {"question": id, "equals": value} ' +
  'or {"question": id, "includes": value}';

/** Zod schema of {@link Condition}; its size is checked beforehand against TEMPLATE_LIMITS. */
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ all: z.array(Condition).min(1).max(50) }),
      z.strictObject({ any: z.array(Condition).min(1).max(50) }),
      z.strictObject({ not: Condition }),
      z.strictObject({ question: Id, equals: ConditionValue }),
      z.strictObject({ question: Id, includes: ConditionValue }),
    ],
    { error: CONDITION_SHAPES },
  ),
);

/** A leaf of a condition: one comparison against one question. */
export type ConditionLeaf = EqualsCondition | IncludesCondition;

/** The leaves of a condition, in order of appearance; iterative, so no nesting can exhaust the stack. */
export function conditionLeaves(condition: Condition): ConditionLeaf[] {
  const out: ConditionLeaf[] = [];
  const stack: Condition[] = [condition];
  while (stack.length > 0) {
    const c = stack.pop() as Condition;
    if ('all' in c) for (let i = c.all.length - 1; i >= 0; i--) stack.push(c.all[i]);
    else if ('any' in c) for (let i = c.any.length - 1; i >= 0; i--) stack.push(c.any[i]);
    else if ('not' in c) stack.push(c.not);
    else out.push(c);
  }
  return out;
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

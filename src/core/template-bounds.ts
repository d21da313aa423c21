import { CONDITION_SHAPES, conditionKindOf } from './condition';

/**
 * How much work one template may ask for. Every template is validated whenever it is imported, opened inside
 * a .fineprint file or loaded at start-up, and its conditions are evaluated on every answer, so its size is
 * bounded before it is validated. The figures sit far above real templates (the default template has 67
 * checks, 334 options, 34 condition leaves and one level of nesting; the stress template 1,000 checks and
 * 200 leaves) and far below the "condition bomb" that took 17 s and 2.5 GB to validate (737,500 leaves).
 */
export const TEMPLATE_LIMITS = {
  /** Checks in a template. */
  checks: 5000,
  /** Answer options of all checks and triage questions together. */
  options: 40_000,
  /** Leaves (`question` comparisons) of all visibility conditions together. */
  conditionLeaves: 20_000,
  /** Leaves of one visibility condition. */
  leavesPerCondition: 200,
  /** Nested `all` / `any` / `not` groups in one visibility condition. */
  conditionDepth: 8,
} as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (n: number) => n.toLocaleString('en-US');

/** A limit a template passes: where (a path inside the template) and which limit. */
export interface TemplateBoundsProblem {
  path: (string | number)[];
  message: string;
}

interface Tally {
  options: number;
  leaves: number;
}

/**
 * Walks one condition without recursion: tells each node's variant by its discriminating key (naming a node
 * that is none where it is), counts leaves and stops at the first limit it passes.
 */
function conditionProblem(root: unknown, path: (string | number)[], tally: Tally): TemplateBoundsProblem | undefined {
  const stack: { node: unknown; depth: number; at: (string | number)[] }[] = [{ node: root, depth: 0, at: path }];
  let leaves = 0;
  while (stack.length > 0) {
    const { node, depth, at } = stack.pop() as { node: unknown; depth: number; at: (string | number)[] };
    const kind = conditionKindOf(node);
    if (kind === undefined) return { path: at, message: CONDITION_SHAPES };
    const value = (node as Record<string, unknown>)[kind];
    if (kind === 'equals' || kind === 'includes') {
      leaves++;
      tally.leaves++;
      if (leaves > TEMPLATE_LIMITS.leavesPerCondition)
        return {
          path,
          message: `has more than ${count(TEMPLATE_LIMITS.leavesPerCondition)} comparisons in one visibility condition (the limit is ${count(TEMPLATE_LIMITS.leavesPerCondition)})`,
        };
      if (tally.leaves > TEMPLATE_LIMITS.conditionLeaves)
        return {
          path,
          message: `has more than ${count(TEMPLATE_LIMITS.conditionLeaves)} comparisons in its visibility conditions (the limit is ${count(TEMPLATE_LIMITS.conditionLeaves)})`,
        };
      continue;
    }
    if (depth + 1 > TEMPLATE_LIMITS.conditionDepth)
      return {
        path,
        message: `nests a visibility condition more than ${TEMPLATE_LIMITS.conditionDepth} levels deep (the limit is ${TEMPLATE_LIMITS.conditionDepth})`,
      };
    if (kind === 'not') stack.push({ node: value, depth: depth + 1, at: [...at, 'not'] });
    else if (Array.isArray(value))
      for (let i = value.length - 1; i >= 0; i--) stack.push({ node: value[i], depth: depth + 1, at: [...at, kind, i] });
    // a group that is not a list is left to the schema, which names it
  }
  return undefined;
}

/** Counts the options of a list of checks or triage questions and walks their conditions. */
function itemsProblem(items: unknown, key: 'checks' | 'triage', tally: Tally): TemplateBoundsProblem | undefined {
  if (!Array.isArray(items)) return undefined;
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!isRecord(item)) continue;
    const options = item['options'];
    if (Array.isArray(options)) {
      tally.options += options.length;
      if (tally.options > TEMPLATE_LIMITS.options)
        return {
          path: [key, i, 'options'],
          message: `brings the template to more than ${count(TEMPLATE_LIMITS.options)} answer options (the limit is ${count(TEMPLATE_LIMITS.options)})`,
        };
    }
    if ('visibleWhen' in item) {
      const problem = conditionProblem(item['visibleWhen'], [key, i, 'visibleWhen'], tally);
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * The first limit of {@link TEMPLATE_LIMITS} that a parsed but not yet validated template passes, or
 * undefined. It reads only counts and condition structure, so a hostile template is refused in time
 * proportional to the limits, not to its size; everything else is left to the schema.
 */
export function templateBoundsProblem(raw: unknown): TemplateBoundsProblem | undefined {
  if (!isRecord(raw)) return undefined;
  const checks = raw['checks'];
  if (Array.isArray(checks) && checks.length > TEMPLATE_LIMITS.checks)
    return {
      path: ['checks'],
      message: `has ${count(checks.length)} checks; the limit is ${count(TEMPLATE_LIMITS.checks)}`,
    };
  const tally: Tally = { options: 0, leaves: 0 };
  return itemsProblem(raw['triage'], 'triage', tally) ?? itemsProblem(checks, 'checks', tally);
}

/**
 * A refusal read from the template's text before it is parsed: more `"question"` keys than the template may
 * have condition comparisons. Each comparison spells the key once, so the count is an upper bound on
 * honest files and parsing a bomb (most of the cost of refusing one) is skipped; a key spelled with escapes
 * still meets {@link templateBoundsProblem} after parsing.
 */
export function templateTextBoundsProblem(text: string): TemplateBoundsProblem | undefined {
  const key = '"question"';
  let n = 0;
  for (let i = text.indexOf(key); i !== -1; i = text.indexOf(key, i + key.length)) {
    if (++n > TEMPLATE_LIMITS.conditionLeaves)
      return {
        path: [],
        message: `has more than ${count(TEMPLATE_LIMITS.conditionLeaves)} comparisons in its visibility conditions (the limit is ${count(TEMPLATE_LIMITS.conditionLeaves)})`,
      };
  }
  return undefined;
}

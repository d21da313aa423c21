/** One thing wrong with an input: where (a JSON path such as `payload.answers.x`, or `line 3, column 5`) and what. */
export interface Problem {
  location: string;
  message: string;
}

/** The outcome of reading an input: a value with warnings, or the problems that stopped it. */
export type Result<T> = { ok: true; value: T; warnings: string[] } | { ok: false; problems: Problem[] };

/** Location used for problems that concern the whole input. */
export const WHOLE_FILE = '$';

/** Renders a zod issue path as `a.b[2].c`, rooted at `prefix`. */
export function pathToLocation(path: readonly PropertyKey[], prefix = '$'): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += `.${String(key)}`;
  }
  return out;
}

/** Turns zod issues into problems, at most `limit` of them, with a final line counting the rest. */
export function issuesToProblems(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: string,
  limit = 20,
): Problem[] {
  const out = issues.slice(0, limit).map((i) => ({ location: pathToLocation(i.path, prefix), message: i.message }));
  if (issues.length > limit) out.push({ location: prefix, message: `and ${issues.length - limit} more problems` });
  return out;
}

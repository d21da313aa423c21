import type { TemplateInput } from '../../src/core/template-schema';
import { gradedCheck, miniTemplateInput } from './builders';

/**
 * A "condition bomb": the mini template plus `checks` checks whose visibility conditions hold
 * `fanOut` × `fanOut` leaves each (two levels of `all`/`any`). 295 checks at fan-out 50 give
 * 737,500 leaves in about 23 MB, the template that took 16.8 s and 2.5 GB to validate.
 */
export function conditionBombInput(checks = 295, fanOut = 50): TemplateInput {
  const t = miniTemplateInput();
  const leaf = { question: 'vendor', equals: 1 };
  const any = { any: Array.from({ length: fanOut }, () => leaf) };
  const condition = { all: Array.from({ length: fanOut }, () => any) };
  for (let i = 0; i < checks; i++) t.checks.push(gradedCheck(`bomb-${i}`, 'region', { visibleWhen: condition }));
  return t;
}

/** The bomb as the bytes of a template file. */
export function conditionBombBytes(checks?: number, fanOut?: number): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(conditionBombInput(checks, fanOut)));
}

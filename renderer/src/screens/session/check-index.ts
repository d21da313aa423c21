import { checkStatus, isAnswered } from '../../../../src/core/engine/answer-status';
import type { Assessment } from '../../../../src/core/assessment-schema';
import type { Evaluation } from '../../../../src/core/engine/evaluate';
import type { Area, Check } from '../../../../src/core/template-schema';

/** One area with the checks that apply in it and how many of those are answered. */
export interface AreaEntry {
  area: Area;
  checks: Check[];
  answered: number;
}

/** The visible checks grouped by area, in the order the user walks them, with a position for each. */
export interface CheckIndex {
  areas: AreaEntry[];
  /** Every visible check, area by area. */
  order: Check[];
  position: Map<string, number>;
  areaOf: Map<string, AreaEntry>;
}

export { checkStatus, isAnswered, type CheckStatus } from '../../../../src/core/engine/answer-status';

/** Groups the visible checks by area in template order. */
export function buildCheckIndex(assessment: Assessment, evaluation: Evaluation): CheckIndex {
  const visible = new Set(evaluation.visibleCheckIds);
  const byArea = new Map<string, Check[]>();
  for (const check of assessment.template.checks) {
    if (!visible.has(check.id)) continue;
    const list = byArea.get(check.area) ?? [];
    list.push(check);
    byArea.set(check.area, list);
  }
  const areas: AreaEntry[] = [];
  const order: Check[] = [];
  const position = new Map<string, number>();
  const areaOf = new Map<string, AreaEntry>();
  for (const area of assessment.template.areas) {
    const checks = byArea.get(area.id) ?? [];
    const entry: AreaEntry = { area, checks, answered: 0 };
    for (const c of checks) {
      if (isAnswered(checkStatus(assessment.answers[c.id]))) entry.answered++;
      position.set(c.id, order.length);
      areaOf.set(c.id, entry);
      order.push(c);
    }
    areas.push(entry);
  }
  return { areas, order, position, areaOf };
}

/** The check `by` places before (-1) or after (+1) the given one, staying put at either end. */
export function stepCheck(index: CheckIndex, checkId: string | undefined, by: -1 | 1): string | undefined {
  const at = checkId === undefined ? -1 : (index.position.get(checkId) ?? -1);
  const next = index.order[Math.min(index.order.length - 1, Math.max(0, at + by))];
  return next?.id;
}

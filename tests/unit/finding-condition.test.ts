import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/assessment-schema';
import { evaluate } from '../../src/core/engine/evaluate';
import { decodeFineprint } from '../../src/core/file-format';
import { conditionFromFinding } from '../../src/core/finding-condition';

function sample(name: string): Assessment {
  const decoded = decodeFineprint(readFileSync(join(import.meta.dirname, '../../templates/samples', name)));
  if (!decoded.ok) throw new Error(decoded.problems.map((p) => p.message).join('\n'));
  return decoded.value.assessment;
}

describe('a condition made from a finding', () => {
  const assessment = sample('suite-copilot-second-model-maker.fineprint');
  const { findings } = evaluate(assessment);

  it('starts with the check’s short title and carries its recommendation, never the check id', () => {
    const f = findings.find((x) => x.kind === 'check' && x.recommendations.length > 0);
    if (f?.kind !== 'check') throw new Error('the sample has a check finding with a recommendation');
    const check = assessment.template.checks.find((c) => c.id === f.checkId);
    const text = conditionFromFinding(assessment.template, f);
    expect(text.startsWith(`${check?.shortTitle}: `)).toBe(true);
    expect(text).toContain(f.recommendations[0]?.mitigation.replace(/\s+/g, ' ').trim().slice(0, 60));
    expect(text).not.toContain(f.checkId);
  });

  it('names a data-path hop by its component and fits the condition field', () => {
    const hop = findings.find((x) => x.kind === 'hop');
    if (hop?.kind !== 'hop') throw new Error('the sample has a hop finding');
    const text = conditionFromFinding(assessment.template, hop);
    expect(text.startsWith(`Data path: ${hop.component}`)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(4000);
    for (const f of findings) expect(conditionFromFinding(assessment.template, f).length).toBeGreaterThan(10);
  });
});

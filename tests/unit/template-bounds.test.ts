import { describe, expect, it } from 'vitest';
import { Assessment } from '../../src/core/assessment-schema';
import type { Condition } from '../../src/core/condition';
import { decodeFineprint, encodeFineprint } from '../../src/core/file-format';
import { TEMPLATE_LIMITS } from '../../src/core/template-bounds';
import { decodeTemplate } from '../../src/core/template-file';
import type { TemplateInput } from '../../src/core/template-schema';
import { gradedCheck, miniTemplateInput } from '../support/builders';
import { stressTemplateInput } from '../support/stress';
import { conditionBombBytes, conditionBombInput } from '../support/template-bomb';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function refusal(t: TemplateInput | Uint8Array): string {
  const r = decodeTemplate(t instanceof Uint8Array ? t : bytesOf(t));
  if (r.ok) throw new Error('the template was accepted');
  return r.problems.map((p) => `${p.location}: ${p.message}`).join('\n');
}

const nested = (depth: number): Condition => {
  let c: Condition = { question: 'vendor', equals: 'Acme' };
  for (let i = 0; i < depth; i++) c = i % 2 === 0 ? { all: [c] } : { not: c };
  return c;
};

const withCondition = (condition: Condition): TemplateInput => {
  const t = miniTemplateInput();
  t.checks.push(gradedCheck('extra-01', 'region', { visibleWhen: condition }));
  return t;
};

describe('template bounds', () => {
  it('refuses the 23 MB condition bomb (737,500 comparisons) before parsing it, naming the limit', () => {
    const bomb = conditionBombBytes();
    expect(bomb.length).toBeGreaterThan(20 * 1024 * 1024);
    expect(refusal(bomb)).toBe('$: has more than 20,000 comparisons in its visibility conditions (the limit is 20,000)');
  });

  it('refuses a bomb whose keys are spelled with escapes, once parsed and before it is validated', () => {
    const text = new TextDecoder().decode(conditionBombBytes(110, 14)).replaceAll('"question"', '"\\u0071uestion"');
    expect(refusal(new TextEncoder().encode(text))).toMatch(
      /^\$\.checks\[\d+\]\.visibleWhen: has more than 20,000 comparisons in its visibility conditions \(the limit is 20,000\)$/,
    );
  });

  it('refuses too many comparisons in one condition', () => {
    expect(refusal(conditionBombInput(1, 15))).toBe(
      '$.checks[4].visibleWhen: has more than 200 comparisons in one visibility condition (the limit is 200)',
    );
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    expect(decodeTemplate(bytesOf(withCondition(nested(TEMPLATE_LIMITS.conditionDepth)))).ok).toBe(true);
    expect(refusal(withCondition(nested(TEMPLATE_LIMITS.conditionDepth + 1)))).toBe(
      '$.checks[4].visibleWhen: nests a visibility condition more than 8 levels deep (the limit is 8)',
    );
  });

  it('refuses more checks than the limit, and more answer options in all than the limit', () => {
    expect(refusal(stressTemplateInput(TEMPLATE_LIMITS.checks + 1))).toBe('$.checks: has 5,001 checks; the limit is 5,000');
    const t = stressTemplateInput(TEMPLATE_LIMITS.checks);
    const options = Array.from({ length: 10 }, (_, i) => ({ id: `o${i}`, label: `Option ${i}`, risk: 'none' as const }));
    for (const c of t.checks) c.options = options;
    expect(refusal(t)).toMatch(
      /^\$\.checks\[\d+\]\.options: brings the template to more than 40,000 answer options \(the limit is 40,000\)$/,
    );
  });

  it('still accepts the 1,000-check stress template', () => {
    expect(decodeTemplate(bytesOf(stressTemplateInput(1000))).ok).toBe(true);
  });

  it('refuses a bomb embedded in a .fineprint file, at the template inside it', () => {
    const assessment = Assessment.parse({
      id: '3f1e9a2b-8c7d-4e6f-a5b4-c3d2e1f0a9b8',
      template: withCondition(nested(2)),
      profile: { vendor: 'Acme', service: 'Chat' },
      answers: {},
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
    });
    const document = JSON.parse(encodeFineprint(assessment)) as { payload: { template: { checks: { visibleWhen?: unknown }[] } } };
    const check = document.payload.template.checks[4];
    if (!check) throw new Error('the mini template has no fifth check');
    check.visibleWhen = conditionBombInput(1, 15).checks[4]?.visibleWhen;
    const r = decodeFineprint(bytesOf(document));
    expect(r.ok ? [] : r.problems.map((p) => `${p.location}: ${p.message}`)).toContain(
      '$.payload.template.checks[4].visibleWhen: has more than 200 comparisons in one visibility condition (the limit is 200)',
    );
  });

  it('tells condition variants apart by their key and names a misspelt or mixed one where it is', () => {
    const misspelt = {
      all: [
        {
          any: [
            { question: 'vendor', equals: 'x' },
            { question: 'vendor', equal: 'x' },
          ],
        },
      ],
    } as unknown as Condition;
    expect(refusal(withCondition(misspelt))).toBe(
      '$.checks[4].visibleWhen.all[0].any[1]: must be one condition: {"all": [...]}, {"any": [...]}, {"not": {...}}, ' +
        'or {"question": id, "equals": value} or {"question": id, "includes": value}',
    );
    const mixed = { not: { all: [{ question: 'vendor', equals: 'x' }], any: [] } } as unknown as Condition;
    expect(refusal(withCondition(mixed))).toMatch(/^\$\.checks\[4\]\.visibleWhen\.not: must be one condition:/);
  });

  it('leaves the other mistakes in a condition to the schema, which names them', () => {
    const badId = { any: [{ question: 'Vendor Name', equals: 'x' }] } as unknown as Condition;
    expect(refusal(withCondition(badId))).toMatch(/^\$\.checks\[4\]\.visibleWhen\.any\[0\]\.question: must be lower-case letters/);
  });
});

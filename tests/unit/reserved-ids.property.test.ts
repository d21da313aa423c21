import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Assessment } from '../../src/core/assessment-schema';
import { decodeFineprint, encodeFineprint } from '../../src/core/file-format';
import { parseJsonText, writtenJsonProblem } from '../../src/core/json-input';
import { decodeTemplate } from '../../src/core/template-file';
import { gradedCheck, miniTemplateInput } from '../support/builders';

const enc = new TextEncoder();
/** Names that are special on JavaScript objects, and ordinary ids. */
const hostileId = fc.oneof(
  fc.constantFrom('constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'),
  fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/),
);

function templateWith(checkIds: string[], triageId: string) {
  const input = miniTemplateInput();
  return {
    ...input,
    triage: [...input.triage, { id: triageId, label: 'Extra question', kind: 'text' as const }],
    checks: checkIds.map((id) => gradedCheck(id, 'region')),
  };
}

describe('ids and the JSON reader agree', () => {
  it('refuses a template whose check id is "constructor", saying the name is reserved', () => {
    const r = decodeTemplate(enc.encode(JSON.stringify(templateWith(['constructor'], 'extra'))));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.message).join(' ')).toMatch(/"constructor" is a name FinePrint reserves/);
  });

  it('refuses a template whose triage id is "prototype"', () => {
    const r = decodeTemplate(enc.encode(JSON.stringify(templateWith(['region-01'], 'prototype'))));
    expect(!r.ok && r.problems.map((p) => `${p.location}: ${p.message}`).join(' ')).toMatch(
      /triage.*"prototype" is a name FinePrint reserves/,
    );
  });

  it('refuses a profile key the reader would refuse', () => {
    const base = templateWith(['region-01'], 'extra');
    const r = Assessment.safeParse({
      id: '7d4f0c2e-5b1a-4c3e-9f6a-2b8d1e0a3c51',
      template: base,
      profile: { vendor: 'V', service: 'S', constructor: 'x' },
      answers: {},
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
    });
    expect(r.success).toBe(false);
  });

  it('every assessment the schema accepts is written as a file the reader accepts, unchanged', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(hostileId, { minLength: 1, maxLength: 4 }),
        hostileId,
        fc.dictionary(hostileId, fc.string({ maxLength: 20 }), { maxKeys: 3 }),
        fc.array(fc.constantFrom('good', 'bad', 'unknown'), { maxLength: 4 }),
        (checkIds, triageId, extraProfile, picks) => {
          const answers = Object.fromEntries(
            checkIds.flatMap((id, i) => {
              const pick = picks[i];
              if (!pick) return [];
              return [[id, { response: pick === 'unknown' ? { kind: 'unknown' } : { kind: 'option', option: pick } }]];
            }),
          );
          const input = JSON.parse(
            JSON.stringify({
              id: '7d4f0c2e-5b1a-4c3e-9f6a-2b8d1e0a3c51',
              template: templateWith(checkIds, triageId),
              profile: { ...extraProfile, vendor: 'Example Vendor', service: 'Example Copilot' },
              answers,
              createdAt: '2026-11-01T09:00:00.000Z',
              updatedAt: '2026-11-01T09:00:00.000Z',
            }),
          ) as unknown;
          const accepted = Assessment.safeParse(input);
          if (!accepted.success) return;
          const text = encodeFineprint(accepted.data);
          expect(parseJsonText(text).ok).toBe(true);
          expect(writtenJsonProblem(text)).toBeUndefined();
          const back = decodeFineprint(enc.encode(text));
          expect(back.ok ? [] : back.problems).toEqual([]);
          expect(back.ok && back.value.assessment).toEqual(accepted.data);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the quick check of written JSON refuses exactly what the reader refuses', () => {
    const key = fc.oneof(
      fc.constantFrom('constructor', 'prototype', '__proto__', 'a', 'constructor ', 'x"constructor'),
      fc.string({ maxLength: 6 }),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 12 }),
        fc.integer(),
        fc.array(tie('tree'), { maxLength: 3 }),
        fc.dictionary(key, tie('tree'), { maxKeys: 3 }),
      ),
    }));
    fc.assert(
      fc.property(tree, (value) => {
        const text = JSON.stringify(value);
        expect(writtenJsonProblem(text) !== undefined).toBe(!parseJsonText(text).ok);
      }),
      { numRuns: 500 },
    );
  });
});
